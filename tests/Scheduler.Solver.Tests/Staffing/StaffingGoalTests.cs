using Scheduler.Domain.Checking;
using Scheduler.Domain.Staffing;
using Scheduler.Solver.Staffing;
using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Staffing;

/// <summary>
/// A what-if's goal (StaffingGoal): met by a year that leaves nothing out within the price; its steps take the best change
/// so far (in the spec's order) with a team each of the departments its left-out visits wait for, then with one team each of
/// the departments its year's table ranks, those not yet compared; none when no change was better or the best meets it.
/// </summary>
public sealed class StaffingGoalTests
{
    private static readonly StaffingGoal FourPercent = StaffingGoal.OfPercent(4, out _)!;

    private static DepartmentYear Department(string id, int takenOut, double used, int leftOut = 0, string? township = null) => new()
    {
        Department = id, Name = id, Officers = 10, JointTeamDays = used * 100, JointTeamDaysPossible = 100, VisitsPerJointTeamDay = 4,
        TeamVisitsPerJointTeamDay = 5, JointChecks = 100, AloneChecks = 10, TakenOut = takenOut, LeftOut = leftOut,
        MostTakenOutIn = township is null ? null : new TownshipChecks { Township = township, Name = township, Checks = takenOut },
    };

    private static StaffingAlternative Alternative(string? change, int leftOut, int visits, bool? better, params DepartmentYear[] departments) => new()
    {
        Change = change is null ? null : StaffingChange.Parse(change, out _),
        Officers = 10,
        Year = new YearFigures { Unscheduled = leftOut, Visits = visits, PerEnterpriseBound = 1000 },
        Better = better,
        Departments = departments,
    };

    /// <summary>A county whose officers all work county-wide, and one with two of them posted to a township.</summary>
    private static readonly Scheduler.Domain.Model.Instance Unposted = TinyInstance.Create().Departments(3).Inspectors("A", 2).Build(),
        Posted = TinyInstance.Create().Departments(3).Inspectors("A", 2).Inspectors("B", 2, "T1").Build();

    private static IEnumerable<string> Next(params StaffingAlternative[] compared) => FourPercent.Next(compared, Unposted).Select(c => c.ToString());

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void OfPercent_RefusesWhatIsNotAPercentage(double percent)
    {
        Assert.Null(StaffingGoal.OfPercent(percent, out var error));
        Assert.Contains("0-100", error);
    }

    [Fact]
    public void MetBy_NothingLeftOut_AndVisitsWithinThePriceOfTheBound()
    {
        Assert.Equal(0.04, FourPercent.Price, 12);
        Assert.True(FourPercent.MetBy(new YearFigures { Visits = 1040, PerEnterpriseBound = 1000 }));
        Assert.False(FourPercent.MetBy(new YearFigures { Visits = 1041, PerEnterpriseBound = 1000 }));
        Assert.False(FourPercent.MetBy(new YearFigures { Visits = 1000, Unscheduled = 1, PerEnterpriseBound = 1000 }));
        Assert.False(FourPercent.MetBy(new YearFigures { Visits = 1000, Unassigned = 1, PerEnterpriseBound = 1000 }));
        Assert.False(FourPercent.MetBy(new YearFigures { Visits = 1000 }));
        Assert.True(StaffingGoal.OfPercent(0, out _)!.MetBy(new YearFigures { Visits = 1000, PerEnterpriseBound = 1000 }));
    }

    [Fact]
    public void Next_TakesTheBestChange_WithTheTeamsItsLeftOutWaitFor_ThenTheTeamsItsTableRanks()
    {
        var current = Alternative(null, 30, 1300, null, Department("A", 100, 1));
        // The best change in the spec's order (fewest left out) waits for B: B's team first, then one team each as ranked
        // (B short of officers, A full on the joint weekdays, C posted where it lost the most), the first two.
        var thursday = Alternative("Thursday", 2, 1060, true, Department("A", 50, 0.99), Department("B", 10, 0.7, leftOut: 2), Department("C", 80, 0.5, township: "T1"));
        var teams = Alternative("A:2", 10, 1100, true);

        Assert.Equal(["B:2+Thursday", "A:2+Thursday"], Next(current, teams, thursday));
        // Those compared already are skipped: the next step tries the best's further teams.
        Assert.Equal(["A:2+Thursday", "C@T1:2+Thursday"], Next(current, teams, thursday, Alternative("B:2+Thursday", 3, 1070, true)));
        // A new best starts the next step from itself.
        Assert.Equal(["A:2+C@T1:2+Thursday"],
            Next(current, thursday, Alternative("A:2+Thursday", 0, 1050, true, Department("C", 80, 0.5, township: "T1"))));
    }

    [Fact]
    public void Next_LetsThePostedOfficersWorkCountywideFirst_WhenTheCountyPostsAnyAndTheBestChangeDoesNot()
    {
        var current = Alternative(null, 30, 1300, null, Department("A", 100, 1));
        var thursday = Alternative("Thursday", 2, 1060, true, Department("A", 50, 0.99), Department("B", 10, 0.7, leftOut: 2));

        Assert.Equal(["Countywide+Thursday", "B:2+Thursday"], FourPercent.Next([current, thursday], Posted).Select(c => c.ToString()));
        // A change for one department's postings becomes every department's.
        var onlyB = Alternative("Countywide:B+Thursday", 2, 1060, true, Department("A", 50, 0.99));
        Assert.Equal(["Countywide+Thursday", "A:2+Countywide:B+Thursday"], FourPercent.Next([current, onlyB], Posted).Select(c => c.ToString()));
        var lifted = Alternative("Countywide+Thursday", 2, 1050, true, Department("A", 50, 0.99));
        Assert.Equal(["A:2+Countywide+Thursday"], FourPercent.Next([current, thursday, lifted], Posted).Select(c => c.ToString()));
    }

    [Fact]
    public void Next_IsNone_WhenNoChangeWasBetter_OrTheBestMeetsTheGoal_OrNoTeamIsLeft()
    {
        var current = Alternative(null, 30, 1300, null, Department("A", 100, 1));

        Assert.Empty(Next(current));
        Assert.Empty(Next(current, Alternative("A:2", 31, 1000, false, Department("A", 100, 1))));
        Assert.Empty(Next(current, Alternative("A:2", 0, 1040, true, Department("A", 100, 1))));
        Assert.Empty(Next(current, Alternative("A:2", 0, 1100, true)));
        // Every team the best's table ranks compared already.
        var a2 = Alternative("A:2", 0, 1100, true, Department("A", 100, 1));
        Assert.Equal(["A:4"], Next(current, a2));
        Assert.Empty(Next(current, a2, Alternative("A:4", 0, 1100, false)));
    }

    [Fact]
    public void Cheapest_IsTheChangeMeetingTheGoal_WithTheFewestOfficers_ThenWithoutAWeekday_ThenTheFewestVisits()
    {
        StaffingRow Row(string? added, int officers, int leftOut, int visits, string? weekday = null) =>
            new(added, null, null, officers, 10 + officers, 0, leftOut, visits, 1000, visits - 1000, 0, 0, null, added is null ? null : true, null, null, null, weekday);
        var rows = new[]
        {
            Row(null, 0, 5, 1300), Row("A:2+B:2", 4, 0, 1010), Row("A:2+Thursday", 2, 0, 1039, "Thursday"), Row("C:2", 2, 0, 1040),
            Row("Thursday", 0, 1, 1000, "Thursday"), Row("D:2", 2, 0, 1041),
        };

        Assert.Equal("C:2", FourPercent.Cheapest(rows)!.Added);
        Assert.Null(FourPercent.Cheapest(rows.Where(r => r.Added is not ("C:2" or "A:2+Thursday" or "A:2+B:2"))));
    }
}
