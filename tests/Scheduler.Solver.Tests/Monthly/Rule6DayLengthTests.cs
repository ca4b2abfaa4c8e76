using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Monthly.Support;
using Scheduler.Solver.Tests.Support;

namespace Scheduler.Solver.Tests.Monthly;

/// <summary>
/// §3 rule 6: at most maxVisitsPerTeamDay visits a team-day, and the day's on-site minutes plus travel office → first → … →
/// last → office (haversine km × roadFactor / travelKmh × 60) fit workdayMinutes.
/// </summary>
public sealed class Rule6DayLengthTests
{
    /// <summary>A point <paramref name="km"/> east of T1's office (on its parallel; the haversine differs by metres).</summary>
    private static GeoPoint East(double km) =>
        new(TinyInstance.DefaultOffice.Lat, TinyInstance.DefaultOffice.Lon + km / (111.195 * Math.Cos(TinyInstance.DefaultOffice.Lat * Math.PI / 180)));

    /// <summary><paramref name="count"/> enterprises E1.. at the place, each with one D1 need of the minutes, visited in March; two D1 officers.</summary>
    private static (TinyInstance County, AnnualPlan Annual) Visits(int count, GeoPoint place, int minutes)
    {
        var county = TinyInstance.Create().Inspectors("D1", 2);
        var visits = new List<Visit>();
        for (var i = 1; i <= count; i++)
        {
            county.Enterprise($"E{i}", location: place).Need($"N{i}", "D1", $"E{i}", minutes: minutes);
            visits.Add(TinyPlan.Visit($"V{i}", $"E{i}", 3, $"N{i}#1"));
        }
        return (county, TinyPlan.Of([.. visits]).Build());
    }

    [Fact]
    public void Plan_PutsAtMostTwoVisitsInATeamDay_WhenMaxVisitsPerTeamDayIsTwo()
    {
        var (county, annual) = Visits(5, TinyInstance.DefaultOffice, 30);
        var instance = county.MaxVisitsPerTeamDay(2).Build();

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        Assert.Empty(march.Unscheduled);
        Assert.All(march.TeamDays, t => Assert.True(t.Visits.Count <= 2, MonthAssert.Describe(march)));
        Assert.True(march.TeamDays.Count >= 3, MonthAssert.Describe(march));
    }

    [Fact]
    public void Plan_PutsSixShortVisitsInOneTeamDay_WhenTheDefaultsAllowIt()
    {
        // Officer-days come second in quality: six 30-minute visits at the office fit one 480-minute day of one pair.
        var (county, annual) = Visits(6, TinyInstance.DefaultOffice, 30);
        var instance = county.Build();

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        Assert.Single(march.TeamDays);
        Assert.Equal(6, march.TeamDays[0].Visits.Count);
    }

    [Fact]
    public void Plan_FitsEveryDayInTheWorkdayWithTravel_WhenLongVisitsLieTenKilometresAway()
    {
        // 26 minutes each way; two 180-minute visits make 412 minutes, three would make 592.
        var (county, annual) = Visits(3, East(10), 180);
        var instance = county.Build();

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        Assert.Empty(march.Unscheduled);
        Assert.All(march.TeamDays, t => Assert.True(t.Visits.Count <= 2, MonthAssert.Describe(march)));
        foreach (var day in march.TeamDays)
        {
            var minutes = MonthlyReferenceRules.DayMinutes(instance, annual, day);
            Assert.True(minutes <= 480, $"{day.Id}: {minutes} minutes");
            Assert.True(minutes > day.Visits.Count * 180, $"{day.Id}: {minutes} minutes leave no time for travel");
        }
    }

    [Fact]
    public void Plan_UnschedulesTheVisitWithAReason_WhenTravelAloneMakesItLongerThanAWorkday()
    {
        // 60 km: 156 minutes each way plus 240 on site is 552 minutes.
        var (county, annual) = Visits(1, East(60), 240);
        var instance = county.Enterprise("E9").Need("N9", "D1", "E9").Build();
        annual = annual with { Visits = [.. annual.Visits, TinyPlan.Visit("V9", "E9", 3, "N9#1")] };

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        Assert.False(string.IsNullOrWhiteSpace(MonthView.ReasonOf(march, "V1")));
        Assert.Single(march.TeamDays);
        Assert.Equal(["V9"], march.TeamDays[0].Visits);
    }

    [Theory]
    [InlineData(30, 1.3, true)] // 78 minutes each way: 396 in all
    [InlineData(15, 1.3, false)] // 156 minutes each way: 552 in all
    [InlineData(30, 2.5, false)] // 150 minutes each way: 540 in all
    public void Plan_SchedulesAFarVisitOnlyWhenItsTravelFits_WhenSpeedAndRoadFactorVary(double kmh, double roadFactor, bool fits)
    {
        var (county, annual) = Visits(1, East(30), 240);
        var instance = county.Travel(kmh, roadFactor).Build();

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        Assert.True(fits == (march.Unscheduled.Count == 0), MonthAssert.Describe(march));
        if (fits)
        {
            var expected = 240 + 2 * MonthlyReferenceRules.Km(TinyInstance.DefaultOffice, East(30)) * roadFactor / kmh * 60;
            Assert.Equal(expected, MonthlyReferenceRules.DayMinutes(instance, annual, march.TeamDays[0]), 6);
        }
    }

    [Fact]
    public void Plan_UsesAtMostTheWorkdayMinutes_WhenTheWorkdayIsShortened()
    {
        // Four 90-minute visits at the office: 360 minutes fit a 480-minute day but not a 200-minute one (two at most).
        var (county, annual) = Visits(4, TinyInstance.DefaultOffice, 90);
        var instance = county.WorkdayMinutes(200).Build();

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        Assert.Empty(march.Unscheduled);
        Assert.All(march.TeamDays, t => Assert.True(t.Visits.Count <= 2, MonthAssert.Describe(march)));
    }

    [SkippableFact]
    public void Plan_PassesPythonValidatorWithTheSameTravelMinutes_WhenVisitsLieAway()
    {
        Skip.IfNot(PythonValidator.Available, PythonValidator.MissingReason);
        var (county, annual) = Visits(3, East(10), 180);
        var instance = county.MaxVisitsPerTeamDay(2).Build();

        var march = MonthlyPlanning.RunValid(instance, annual, 3);

        MonthAssert.PythonAgrees(instance, annual, march);
    }
}
