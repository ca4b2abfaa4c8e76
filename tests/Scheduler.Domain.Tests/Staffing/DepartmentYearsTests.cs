using Scheduler.Domain.Calendar;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Staffing;
using Scheduler.Domain.Tests.TestData;

namespace Scheduler.Domain.Tests.Staffing;

/// <summary>Each department's part in a year on the joint weekdays (where the staffing price comes from), on TinyCounty.</summary>
public sealed class DepartmentYearsTests
{
    private static int JointDays() => Enumerable.Range(1, 12).Sum(m => WorkCalendar.For(TinyCounty.Instance()).JointDays(m).Count);

    private static DepartmentYear Of(IReadOnlyList<DepartmentYear> years, string department) => Assert.Single(years, y => y.Department == department);

    [Fact]
    public void Of_CountsTheJointDayTeamDaysMadeAgainstThoseTheOfficersCouldMake()
    {
        // OA2 is on leave on Tuesday 16 March; with OA1 on leave too, only OA3 is left that day: no team of A.
        var instance = TinyCounty.Instance();
        instance = instance with
        {
            Inspectors = [.. instance.Inspectors.Select(o => o.Id == "OA1" ? o with { Unavailable = [new DateOnly(2027, 3, 16)] } : o)],
        };

        var years = DepartmentYears.Of(instance, TinyCounty.ValidPlan(), [TinyCounty.ValidFebruary(), TinyCounty.ValidMarch()]);

        Assert.Equal(["A", "B", "C", "D", "E"], years.Select(y => y.Department));
        // B is on Tuesday 2 February (V3 with C) and Tuesday 2 March (V1 with A); Thursday 4 March is not a joint day.
        var b = Of(years, "B");
        Assert.Equal(3, b.Officers);
        Assert.Equal(2, b.JointTeamDays);
        Assert.Equal(JointDays(), b.JointTeamDaysPossible);
        Assert.Equal(2.0 / JointDays(), b.JointUse, 9);
        Assert.Equal(1, Of(years, "A").JointTeamDays);
        Assert.Equal(JointDays() - 1, Of(years, "A").JointTeamDaysPossible);
        Assert.Equal(0, Of(years, "D").JointTeamDays);
        Assert.Equal(0, Of(years, "D").VisitsPerJointTeamDay);
    }

    [Fact]
    public void Of_CountsEachDepartmentsJointAndAloneChecks_AndThoseTakenOutOfTheUnconstrainedPlansJointVisits()
    {
        // The staffed plan splits V3 (C + B at E2) into a C visit and a B visit.
        var unconstrained = TinyCounty.ValidPlan();
        var staffed = unconstrained with
        {
            Visits = [.. unconstrained.Visits.Where(v => v.Id != "V3"),
                TinyCounty.Visit("V3a", "E2", 2, ("N4", 1)), TinyCounty.Visit("V3b", "E2", 2, ("N6", 1))],
        };

        var years = DepartmentYears.Of(TinyCounty.Instance(), staffed, [], unconstrained);

        // B: joint V1; alone V3b, V9, V10, V11. C: joint V7; alone V3a, V4, V6. A: joint V1; alone V2, V5, V8.
        Assert.Equal((1, 4, 1), (Of(years, "B").JointChecks, Of(years, "B").AloneChecks, Of(years, "B").TakenOut));
        Assert.Equal((1, 3, 1), (Of(years, "C").JointChecks, Of(years, "C").AloneChecks, Of(years, "C").TakenOut));
        Assert.Equal((1, 3, 0), (Of(years, "A").JointChecks, Of(years, "A").AloneChecks, Of(years, "A").TakenOut));
        // E2 is in T1 (East town): that is where B and C lost a joint visit; A lost none.
        Assert.Equal(new TownshipChecks { Township = "T1", Name = "East town", Checks = 1 }, Of(years, "B").MostTakenOutIn);
        Assert.Equal(new TownshipChecks { Township = "T1", Name = "East town", Checks = 1 }, Of(years, "C").MostTakenOutIn);
        Assert.Null(Of(years, "A").MostTakenOutIn);
        Assert.Null(DepartmentYears.Of(TinyCounty.Instance(), staffed, []).Single(y => y.Department == "B").TakenOut);
    }

    [Fact]
    public void Of_CountsTheLeftOutVisitsEachDepartmentRanShortOf_WhenTheReasonsAreKnown()
    {
        // V3 (C and B) was short of both, V6 of C; V2 is named short of A but was scheduled after all (not counted).
        var plan = TinyCounty.ValidPlan();
        var february = new MonthlyPlan
        {
            FormatVersion = 1, Instance = "tiny", Year = 2027, Month = 2,
            Unscheduled = [new UnscheduledVisit("V3", "no 2 free B or C officers"), new UnscheduledVisit("V6", "no 2 free C officers")],
        };
        var shortOf = new Dictionary<string, IReadOnlyList<string>> { ["V3"] = ["B", "C"], ["V6"] = ["C", "C"], ["V2"] = ["A"] };

        var years = DepartmentYears.Of(TinyCounty.Instance(), plan, [february], null, shortOf);

        Assert.Equal([0, 1, 2, 0, 0], years.Select(y => y.LeftOut));
        Assert.All(DepartmentYears.Of(TinyCounty.Instance(), plan, [february]), y => Assert.Null(y.LeftOut));
    }

    [Fact]
    public void Of_CountsTheVisitsADepartmentsOfficersStandBy()
    {
        // On Tuesday 9 February a C + B team makes V3 (C and B) and V6 (C alone): B's officers stand by during V6.
        var plan = TinyCounty.ValidPlan();
        plan = plan with { Visits = [.. plan.Visits.Select(v => v.Id == "V6" ? v with { Month = 2 } : v)] };
        var february = new MonthlyPlan
        {
            FormatVersion = 1, Instance = "tiny", Year = 2027, Month = 2,
            TeamDays = [TinyCounty.TeamDay("TD1", new DateOnly(2027, 2, 9), "T1", ["OC1", "OC2", "OB1", "OB2"], ["V3", "V6"])],
        };

        var years = DepartmentYears.Of(TinyCounty.Instance(), plan, [february]);

        Assert.Equal((1.0, 2.0), (Of(years, "B").VisitsPerJointTeamDay, Of(years, "B").TeamVisitsPerJointTeamDay));
        Assert.Equal((2.0, 2.0), (Of(years, "C").VisitsPerJointTeamDay, Of(years, "C").TeamVisitsPerJointTeamDay));
    }
}
