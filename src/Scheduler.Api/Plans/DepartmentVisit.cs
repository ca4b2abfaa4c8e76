namespace Scheduler.Api.Plans;

/// <summary>
/// One visit of the annual plan that holds a department's tasks: where, which of its check items, which other departments
/// come along, (once the month is planned) the date and the team's inspectors, and its stable code (检查行为码).
/// </summary>
public sealed record DepartmentVisit(string Id, int Month, string Enterprise, string EnterpriseName, string Township,
    IReadOnlyList<string> Items, IReadOnlyList<string> OtherDepartments, DateOnly? Date, IReadOnlyList<string> Team, string? Code = null)
{
    public bool Joint => OtherDepartments.Count > 0;
}
