namespace Scheduler.Api.Replans;

/// <summary>
/// POST /api/solves/{id}/whatifs: the answer to a what-if, never stored: the run it was asked of, its kind, the first
/// month replanned, the id the proposed need got (kind need), what a team-day counted as (kind capacity with teamDays),
/// the figures, the difference against the run's plan (as GET /api/solves/{id}/diff gives it for a replan), and where each
/// visit the answer adds or changes would go with the officers: its team-day in the run's monthly plan with the published
/// team-days kept, or why no team can take it (<see cref="Scheduler.Solver.Replanning.WhatIfTeams"/>).
/// </summary>
public sealed record WhatIfView(long Run, string Kind, int From, string? NeedId, double? VisitsPerTeamDay, WhatIfFigures Figures, PlanDiffView Diff,
    IReadOnlyList<Scheduler.Solver.Replanning.WhatIfPlace> Places);
