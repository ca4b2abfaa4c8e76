using Scheduler.Domain.WhatIfs;

namespace Scheduler.Solver.Replanning;

/// <summary>A what-if answered: the change it made (or why it could not), and the replan of the changed year when it could.</summary>
public sealed record WhatIfOutcome(WhatIfChange Change, ReplanResult? Replan)
{
    /// <summary>Every problem: the what-if's own fields, then what the Replanner refused (history the change breaks).</summary>
    public IReadOnlyList<Scheduler.Domain.Json.InputError> Problems => [.. Change.Errors, .. Replan?.Problems ?? []];
}
