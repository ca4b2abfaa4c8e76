using Scheduler.Solver.Monthly;
using Scheduler.Solver.Replanning;

namespace Scheduler.Solver.Tests.Replanning;

/// <summary>The officers' side of a what-if (<see cref="WhatIfTeams"/>) on <see cref="ShortDepartmentReplan"/>: ten more
/// joint A+B checks in September, whose Tuesdays A's one pair can give at most 24 joint visits.</summary>
public sealed class WhatIfTeamsTests
{
    [Fact]
    public void Place_GivesEachNewVisitATeamDayWithItsDepartmentsOfficers_OrNamesTheShortDepartment()
    {
        var published = new MonthlyPlanner()
            .PlanYear(ShortDepartmentReplan.Instance(changed: false), ShortDepartmentReplan.Plan, ShortDepartmentReplan.MonthOptions(), firstMonth: ShortDepartmentReplan.From)
            .ToDictionary(m => m.Plan.Month, m => m.Plan);
        Assert.Equal(0, published.Values.Sum(m => m.Unscheduled.Count));
        var changed = ShortDepartmentReplan.Instance(changed: true);
        // The what-if's replan: the capacities alone (as WhatIfReplanner answers), so September gets 30 joint visits.
        var after = ShortDepartmentReplan.Replan(changed: true, fit: false).Plan!;

        var places = WhatIfTeams.Place(changed, ShortDepartmentReplan.Plan, after, ShortDepartmentReplan.From, published, seed: 3);

        var september = places.Where(p => p.Month == 9).ToList();
        Assert.Equal(10, september.Select(p => p.Enterprise).Distinct().Count(e => int.Parse(e[1..]) > 20));
        var officers = changed.Inspectors.ToDictionary(i => i.Id, i => i.Department);
        foreach (var p in september.Where(p => p.TeamDay is not null))
        {
            Assert.Equal(9, p.Date!.Value.Month);
            Assert.Equal(2, p.Inspectors.Count(i => officers[i] == "A"));
            Assert.Equal(2, p.Inspectors.Count(i => officers[i] == "B"));
        }
        // Four Tuesdays of six visits: at most four of the ten find room beside the twenty published; the rest name A.
        var left = september.Where(p => p.TeamDay is null).ToList();
        Assert.InRange(left.Count, 6, 10);
        Assert.All(left, p => Assert.Contains("A", p.Reason));
        Assert.Contains(september, p => p.TeamDay is not null && p.Kept);
    }
}
