using Scheduler.Domain.Model;

namespace Scheduler.Solver.Monthly;

/// <summary>An annual-plan visit of the month, with what team-days need to know about it.</summary>
/// <param name="Departments">Department indices (into <see cref="MonthContext.Departments"/>), ascending.</param>
/// <param name="OnSite">On-site minutes: the longest department share.</param>
internal sealed record MonthVisit(string Id, string Enterprise, string Township, GeoPoint Location, int[] Departments, int OnSite)
{
    public bool Joint => Departments.Length > 1;
}
