namespace Scheduler.Domain.Model;

/// <summary>A planning instance (instance.json), as ../shared/spec/PROBLEM.md §1 defines it.</summary>
public sealed record Instance
{
    public int FormatVersion { get; init; } = 1;
    public string Name { get; init; } = "";

    /// <summary>The county's six-digit administrative division code (GB/T 2260), optional: the first part of every visit's
    /// code (<see cref="Plans.VisitCodes"/>); absent, the codes take the division most enterprises' credit codes name.</summary>
    public string? CountyCode { get; init; }
    public int Year { get; init; }
    public PlanningCalendar Calendar { get; init; } = new();
    public Rules Rules { get; init; } = new();
    public IReadOnlyList<Township> Townships { get; init; } = [];
    public IReadOnlyList<Department> Departments { get; init; } = [];
    public IReadOnlyList<CheckItem> CheckItems { get; init; } = [];
    public IReadOnlyList<Enterprise> Enterprises { get; init; } = [];
    public IReadOnlyList<Need> Needs { get; init; } = [];
    public IReadOnlyList<Capacity> Capacities { get; init; } = [];
    public IReadOnlyList<Inspector> Inspectors { get; init; } = [];
}
