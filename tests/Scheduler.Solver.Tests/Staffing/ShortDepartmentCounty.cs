using Scheduler.Domain.Model;
using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Staffing;

/// <summary>
/// A hand-built county whose short department cannot carry its joint visits on the joint Tuesdays: 30 enterprises in
/// one township, each asking departments A and B for one check in February 2027 (four Tuesdays: 2, 9, 16, 23). A has
/// one pair of officers, so at most 4 × 6 = 24 joint visits; B has five pairs. Merged, the year would need 30 joint
/// visits of A; so at least 6 of A's checks go alone on other days: 36 visits at the least.
/// </summary>
public static class ShortDepartmentCounty
{
    public const int Enterprises = 30;

    /// <summary>The fewest visits any plan with nothing unscheduled can have.</summary>
    public const int FewestStaffedVisits = 36;

    public static Instance Build()
    {
        var county = TinyInstance.Create("short-department").Inspectors("A", 2).Inspectors("B", 10);
        for (int e = 1; e <= Enterprises; e++)
        {
            county.Need($"NA{e}", "A", enterprise: $"E{e}", minutes: 60, months: [2]);
            county.Need($"NB{e}", "B", enterprise: $"E{e}", minutes: 60, months: [2]);
        }
        return county.Build();
    }
}
