using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Tests.Builders;
using Scheduler.Solver.Tests.Support;
using Scheduler.Tests.Shared;

namespace Scheduler.Solver.Tests.Monthly.Support;

/// <summary>
/// The monthly reference rules catch what they claim to: each hand-written March breaks one rule of §3, and
/// <see cref="MonthlyReferenceRules"/> (naming only that rule), Domain's MonthlyPlanChecker and validate_plan.py all
/// reject it, while the unbroken March passes all three. Needs no planner.
/// </summary>
public sealed class MonthlyReferenceRulesTests
{
    private static readonly DateOnly Tue2 = new(2027, 3, 2), Wed3 = new(2027, 3, 3), Thu4 = new(2027, 3, 4), Sat6 = new(2027, 3, 6);

    // T1 and T2 about 14 km apart; E3 60 km east of T1's office, so its 240-minute visit cannot fit a 480-minute day.
    private static readonly Instance Instance = TinyInstance.Create()
        .Township("T1", TinyInstance.DefaultOffice)
        .Township("T2", new GeoPoint(29.60, 121.80))
        .Enterprise("E1")
        .Enterprise("E2", township: "T2")
        .Enterprise("E3", location: new GeoPoint(29.48, 122.49))
        .Enterprise("E4")
        .Enterprise("E5", location: new GeoPoint(29.49, 121.88))
        .Need("N1", "D1", "E1", times: 2)
        .Need("N2", "D2", "E1")
        .Need("N3", "D1", "E2")
        .Need("N4", "D1", "E3", minutes: 240)
        .Need("N5", "D1", "E4")
        .Need("N6", "D1", "E5")
        .MaxVisitsPerTeamDay(2)
        .Holidays(new DateOnly(2027, 3, 5))
        .Inspector("A1", "D1")
        .Inspector("A2", "D1")
        .Inspector("A3", "D1", township: "T2", unavailable: [Wed3])
        .Inspector("A4", "D1", conflicts: ["E2"])
        .Inspector("B1", "D2")
        .Inspector("B2", "D2")
        .Build();

    private static readonly AnnualPlan Annual = TinyPlan.Of(
        TinyPlan.Visit("V1", "E1", 3, "N1#1", "N2#1"),
        TinyPlan.Visit("V2", "E2", 3, "N3#1"),
        TinyPlan.Visit("V3", "E3", 3, "N4#1"),
        TinyPlan.Visit("V4", "E4", 3, "N5#1"),
        TinyPlan.Visit("V5", "E5", 3, "N6#1"),
        TinyPlan.Visit("V6", "E1", 4, "N1#2")).Build();

    private static readonly TeamDay Td1 = Day("TD1", Tue2, "T1", ["A1", "A2", "B1", "B2"], "V1");
    private static readonly TeamDay Td2 = Day("TD2", Wed3, "T2", ["A1", "A2"], "V2");
    private static readonly TeamDay Td3 = Day("TD3", Thu4, "T1", ["A1", "A2"], "V4", "V5");
    private static readonly UnscheduledVisit Far = new("V3", "E3 is too far from T1's office for one working day");

    public static TheoryData<string> Breaks =>
    [
        "rule 1 missing", "rule 1 twice", "rule 1 no reason", "rule 1 other month",
        "rule 2 weekend", "rule 2 holiday", "rule 2 not joint", "rule 2 outside month",
        "rule 3 township",
        "rule 4 officers",
        "rule 5 two teams", "rule 5 unavailable", "rule 5 conflict", "rule 5 posting",
        "rule 6 visits", "rule 6 minutes",
    ];

    [Fact]
    public void All_FindsNothingAndBothCheckersAgree_WhenTheMonthIsValid()
    {
        var month = March([Td1, Td2, Td3], [Far]);

        Assert.Empty(MonthlyReferenceRules.All(Instance, Annual, month));
        Assert.True(MonthlyPlanChecker.Check(Instance, Annual, [month]).Valid);
        if (ValidatorScript.Available) MonthAssert.PythonAgrees(Instance, Annual, month);
    }

    [Fact]
    public void TravelMinutes_IsKmTimesRoadFactorOverSpeed_ForAThereAndBackRoute()
    {
        var km = MonthlyReferenceRules.Km(TinyInstance.DefaultOffice, new GeoPoint(29.48, 122.49));
        var day = Day("TD9", Tue2, "T1", ["A1", "A2"], "V3");

        Assert.InRange(km, 59.5, 60.5);
        Assert.Equal(2 * km * 1.3 / 30 * 60, MonthlyReferenceRules.TravelMinutes(Instance, Annual, day), 6);
        Assert.Equal(240 + 2 * km * 1.3 / 30 * 60, MonthlyReferenceRules.DayMinutes(Instance, Annual, day), 6);
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public void All_ReportsOnlyTheBrokenRuleAndTheCheckersAgree_WhenOneRuleIsBroken(string breach)
    {
        var month = Broken(breach);
        var rule = string.Join(' ', breach.Split(' ').Take(2));

        var found = MonthlyReferenceRules.All(Instance, Annual, month);

        Assert.NotEmpty(found);
        Assert.All(found, f => Assert.StartsWith(rule + ":", f));
        Assert.False(MonthlyPlanChecker.Check(Instance, Annual, [month]).Valid, $"MonthlyPlanChecker accepted a month that breaks {breach}");
        if (ValidatorScript.Available)
        {
            var (code, _) = ValidatorScript.RunTexts(ContractJson.Write(Instance), ContractJson.Write(Annual), ContractJson.Write(month));
            Assert.True(code == 1, $"validate_plan.py exited {code} on a month that breaks {breach}");
        }
    }

    private static MonthlyPlan Broken(string breach) => breach switch
    {
        "rule 1 missing" => March([Td1, Td3], [Far]),
        "rule 1 twice" => March([Td1, Td2, Td3], [Far, new UnscheduledVisit("V2", "again")]),
        "rule 1 no reason" => March([Td1, Td2, Td3], [Far with { Reason = " " }]),
        "rule 1 other month" => March([Td1 with { Visits = ["V1", "V6"] }, Td2, Td3], [Far]),
        "rule 2 weekend" => March([Td1, Td2 with { Date = Sat6 }, Td3], [Far]),
        "rule 2 holiday" => March([Td1, Td2 with { Date = new DateOnly(2027, 3, 5) }, Td3], [Far]),
        "rule 2 not joint" => March([Td1 with { Date = new DateOnly(2027, 3, 1) }, Td2, Td3], [Far]),
        "rule 2 outside month" => March([Td1, Td2 with { Date = new DateOnly(2027, 4, 7) }, Td3], [Far]),
        "rule 3 township" => March([Td1, Td2 with { Township = "T1" }, Td3], [Far]),
        "rule 4 officers" => March([Td1 with { Inspectors = ["A1", "B1", "B2"] }, Td2, Td3], [Far]),
        "rule 5 two teams" => March([Td1, Td2 with { Date = Tue2 }, Td3], [Far]),
        "rule 5 unavailable" => March([Td1, Td2 with { Inspectors = ["A1", "A3"] }, Td3], [Far]),
        "rule 5 conflict" => March([Td1, Td2 with { Inspectors = ["A1", "A4"] }, Td3], [Far]),
        "rule 5 posting" => March([Td1 with { Inspectors = ["A1", "A3", "B1", "B2"] }, Td2, Td3], [Far]),
        "rule 6 visits" => March([Td2, Td3 with { Visits = ["V4", "V5", "V1"], Date = Tue2, Inspectors = ["A1", "A2", "B1", "B2"] }], [Far]),
        "rule 6 minutes" => March([Td1, Td2, Td3, Day("TD4", new DateOnly(2027, 3, 8), "T1", ["A1", "A2"], "V3")], []),
        _ => throw new ArgumentOutOfRangeException(nameof(breach), breach, "unknown breach"),
    };

    private static MonthlyPlan March(TeamDay[] days, UnscheduledVisit[] unscheduled) => new()
    {
        Instance = Instance.Name,
        Year = 2027,
        Month = 3,
        TeamDays = days,
        Unscheduled = unscheduled,
    };

    private static TeamDay Day(string id, DateOnly date, string township, string[] inspectors, params string[] visits) =>
        new() { Id = id, Date = date, Township = township, Inspectors = inspectors, Visits = visits };
}
