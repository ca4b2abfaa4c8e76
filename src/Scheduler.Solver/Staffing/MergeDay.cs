namespace Scheduler.Solver.Staffing;

/// <summary>A team-day of a month being merged (<see cref="MonthMerge"/>): its officers and visits change in place.</summary>
internal sealed class MergeDay(string id, DateOnly date, string township, List<string> inspectors, List<string> visits)
{
    public string Id { get; } = id;
    public DateOnly Date { get; } = date;
    public string Township { get; } = township;
    public List<string> Inspectors { get; } = inspectors;

    /// <summary>The departments (bit = department index) of which the team holds enough officers for a visit; kept by
    /// <see cref="MonthMerge"/> whenever the team changes (on counties of at most 64 departments).</summary>
    public ulong Covered { get; set; }

    /// <summary>Annual-plan visit ids in route order.</summary>
    public List<string> Visits { get; } = visits;
}
