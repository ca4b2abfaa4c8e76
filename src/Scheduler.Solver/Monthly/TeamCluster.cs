namespace Scheduler.Solver.Monthly;

/// <summary>Visits one team makes in a day in one township, in route order; the team needs officers of every department in <see cref="Departments"/>.</summary>
internal sealed class TeamCluster(string township, List<MonthVisit> visits)
{
    public string Township { get; } = township;
    public List<MonthVisit> Visits { get; set; } = visits;
    public SortedSet<int> Departments { get; } = new(visits.SelectMany(v => v.Departments));

    /// <summary>Holds a multi-department visit: only on joint weekdays.</summary>
    public bool Joint => Visits.Any(v => v.Joint);
}
