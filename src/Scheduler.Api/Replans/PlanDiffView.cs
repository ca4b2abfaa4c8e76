namespace Scheduler.Api.Replans;

/// <summary>
/// GET /api/solves/{id}/diff: what a replan run changed against the run it replaces, from its first month on, per
/// enterprise and per department (a department token sees only its own needs' occurrences); filtered by department, by
/// kind of change and by month (a change touching the month before or after: month <see cref="From"/> is the published one).
/// </summary>
public sealed record PlanDiffView(long Run, long Replaces, int From, string? Department, IReadOnlyList<DepartmentDiff> Departments,
    IReadOnlyList<EnterpriseDiff> Enterprises, MoveKind? Change = null, int? Month = null);
