using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Tests.TestData;

/// <summary>
/// A hand-built county small enough to reason about: 2 townships, 5 departments, 4 enterprises, 13 needs, with
/// capacities, tier caps, a standalone need, items shared by two needs of one department, closed months and gaps.
/// Year 2027: 2 March is a Tuesday (the joint weekday); 9 March is a holiday; Saturday 13 March an extra workday.
/// </summary>
public static class TinyCounty
{
    public static Instance Instance() => new()
    {
        FormatVersion = 1,
        Name = "tiny",
        Year = 2027,
        Calendar = new PlanningCalendar
        {
            JointWeekdays = [DayOfWeek.Tuesday],
            Holidays = [new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 9)],
            ExtraWorkdays = [new DateOnly(2027, 3, 13)],
        },
        Rules = new Rules
        {
            MaxDepartmentsPerVisit = 3,
            MaxVisitMinutes = 120,
            MaxVisitsPerYearByTier = new Dictionary<string, int?> { ["green"] = 2, ["red"] = null },
            OfficersPerDepartment = 2,
            WorkdayMinutes = 480,
            MaxVisitsPerTeamDay = 4,
            TravelKmh = 30,
            RoadFactor = 1.3,
        },
        Townships =
        [
            new Township { Id = "T1", Name = "East town", Location = new GeoPoint(30.00, 120.00) },
            new Township { Id = "T2", Name = "West town", Location = new GeoPoint(30.10, 120.20) },
        ],
        Departments = [Dept("A"), Dept("B"), Dept("C"), Dept("D"), Dept("E")],
        CheckItems =
        [
            Item("IA1", "A", 60), Item("IA2", "A", 30), Item("IB1", "B", 45), Item("IC1", "C", 90),
            Item("IC2", "C", 40), Item("ID1", "D", 20), Item("IE1", "E", 20),
        ],
        Enterprises =
        [
            Firm("E1", "T1", CreditTiers.Green, 30.01, 120.01),
            Firm("E2", "T1", CreditTiers.Yellow, 30.02, 120.00) with { ClosedMonths = [7, 8] },
            Firm("E3", "T2", CreditTiers.Red, 30.11, 120.21),
            Firm("E4", "T2", CreditTiers.Yellow, 30.12, 120.19),
        ],
        Needs =
        [
            Need("N1", "A", "E1", ["IA1"]) with { TimesPerYear = 2, MinGapMonths = 3 },
            Need("N2", "B", "E1", ["IB1"]),
            Need("N3", "A", "E1", ["IA1", "IA2"]),
            Need("N4", "C", "E2", ["IC1"]) with { TimesPerYear = 2, Months = [2, 3, 4, 5, 6, 9, 10, 11] },
            Need("N5", "A", "E2", ["IA2"]) with { Standalone = true },
            Need("N6", "B", "E2", ["IB1"]),
            Need("N7", "A", "E2", ["IA1"]),
            Need("N8", "C", "E2", ["IC2"]),
            Need("N9", "D", "E3", ["ID1"]),
            Need("N10", "E", "E3", ["IE1"]),
            Need("N11", "C", "E3", ["IC1"]),
            Need("N12", "A", "E3", ["IA2"]),
            Need("N13", "B", "E4", ["IB1"]) with { TimesPerYear = 3, Months = [2, 5, 8, 11], MinGapMonths = 3 },
        ],
        Capacities =
        [
            new Capacity { Department = "A", Month = 3, Visits = 2 },
            new Capacity { Department = "B", Month = 3, Visits = 1 },
            new Capacity { Department = "C", Month = 5, Visits = 0 },
        ],
        Inspectors =
        [
            Officer("OA1", "A"), Officer("OA2", "A") with { Unavailable = [new DateOnly(2027, 3, 16)] },
            Officer("OA3", "A") with { Township = "T2" },
            Officer("OB1", "B") with { Township = "T1" }, Officer("OB2", "B"),
            Officer("OB3", "B") with { Conflicts = ["E1"] },
            Officer("OC1", "C"), Officer("OC2", "C"), Officer("OD1", "D"), Officer("OD2", "D"),
            Officer("OE1", "E"), Officer("OE2", "E"),
        ],
    };

    /// <summary>A valid plan with nothing unassigned: 11 visits.</summary>
    public static AnnualPlan ValidPlan() => new()
    {
        FormatVersion = 1,
        Instance = "tiny",
        Year = 2027,
        Visits =
        [
            Visit("V1", "E1", 3, ("N1", 1), ("N2", 1), ("N3", 1)),
            Visit("V2", "E1", 9, ("N1", 2)),
            Visit("V3", "E2", 2, ("N4", 1), ("N6", 1)),
            Visit("V4", "E2", 10, ("N4", 2)),
            Visit("V5", "E2", 3, ("N5", 1), ("N7", 1)),
            Visit("V6", "E2", 4, ("N8", 1)),
            Visit("V7", "E3", 4, ("N9", 1), ("N10", 1), ("N11", 1)),
            Visit("V8", "E3", 6, ("N12", 1)),
            Visit("V9", "E4", 2, ("N13", 1)),
            Visit("V10", "E4", 5, ("N13", 2)),
            Visit("V11", "E4", 8, ("N13", 3)),
        ],
    };

    /// <summary>A valid month 2 for <see cref="ValidPlan"/>: V3 (C+B at E2, T1) on Tuesday 2 Feb, V9 (B at E4, T2) on Wednesday 3 Feb.</summary>
    public static MonthlyPlan ValidFebruary() => new()
    {
        FormatVersion = 1,
        Instance = "tiny",
        Year = 2027,
        Month = 2,
        TeamDays =
        [
            TeamDay("TD1", new DateOnly(2027, 2, 2), "T1", ["OC1", "OC2", "OB1", "OB2"], ["V3"]),
            TeamDay("TD2", new DateOnly(2027, 2, 3), "T2", ["OB2", "OB3"], ["V9"]),
        ],
    };

    /// <summary>A valid month 3 for <see cref="ValidPlan"/>: V1 (A+B at E1) on Tuesday 2 March, V5 (A only at E2) on Thursday 4 March.</summary>
    public static MonthlyPlan ValidMarch() => new()
    {
        FormatVersion = 1,
        Instance = "tiny",
        Year = 2027,
        Month = 3,
        TeamDays =
        [
            TeamDay("TD1", new DateOnly(2027, 3, 2), "T1", ["OA1", "OA2", "OB1", "OB2"], ["V1"]),
            TeamDay("TD2", new DateOnly(2027, 3, 4), "T1", ["OA1", "OA2"], ["V5"]),
        ],
    };

    public static Visit Visit(string id, string enterprise, int month, params (string Need, int Occurrence)[] tasks) => new()
    {
        Id = id,
        Enterprise = enterprise,
        Month = month,
        Tasks = [.. tasks.Select(t => new VisitTask(t.Need, t.Occurrence))],
    };

    public static TeamDay TeamDay(string id, DateOnly date, string township, string[] inspectors, string[] visits) => new()
    {
        Id = id,
        Date = date,
        Township = township,
        Inspectors = inspectors,
        Visits = visits,
    };

    public static Need Need(string id, string department, string enterprise, string[] items) => new()
    {
        Id = id,
        Department = department,
        Enterprise = enterprise,
        Items = items,
    };

    private static Department Dept(string id) => new() { Id = id, Name = $"Department {id}" };

    private static CheckItem Item(string id, string department, int minutes) =>
        new() { Id = id, Department = department, Name = $"check {id}", Minutes = minutes };

    private static Enterprise Firm(string id, string township, string tier, double lat, double lon) => new()
    {
        Id = id,
        Name = $"Firm {id}",
        Township = township,
        Location = new GeoPoint(lat, lon),
        CreditTier = tier,
    };

    private static Inspector Officer(string id, string department) => new() { Id = id, Name = $"Officer {id}", Department = department };
}
