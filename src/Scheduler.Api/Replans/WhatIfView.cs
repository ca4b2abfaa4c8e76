namespace Scheduler.Api.Replans;

/// <summary>
/// POST /api/solves/{id}/whatifs: the answer to a what-if, never stored: the run it was asked of, its kind, the first
/// month replanned, the id the proposed need got (kind need), what a team-day counted as (kind capacity with teamDays),
/// the figures, and the difference against the run's plan (as GET /api/solves/{id}/diff gives it for a replan).
/// </summary>
public sealed record WhatIfView(long Run, string Kind, int From, string? NeedId, double? VisitsPerTeamDay, WhatIfFigures Figures, PlanDiffView Diff);
