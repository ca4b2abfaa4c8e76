namespace Scheduler.Solver.Replanning;

/// <summary>
/// Where a visit a what-if adds or changes would go with the county's officers (<see cref="WhatIfTeams"/>): the team-day of
/// its month that takes it — date, team-day id, officers and the other visits of that route — or, when no team can, why.
/// </summary>
/// <param name="Kept">The team-day was one the month already had (the visit rides along with a published team).</param>
public sealed record WhatIfPlace(string Visit, string Enterprise, int Month, DateOnly? Date, string? TeamDay, bool Kept,
    IReadOnlyList<string> Inspectors, IReadOnlyList<string> Companions, string? Reason);
