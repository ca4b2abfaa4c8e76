using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Tests.Plans;

/// <summary>
/// A hand-built county for the plan pages' classes: townships T1 (office at 29.0,121.0) and T2; departments A, B;
/// enterprises E1, E2 in T1 and E3 in T2; officers I1, I2 of A and I3, I4 of B; plan year 2026 (1 March is a Sunday).
/// </summary>
public static class PlanSamples
{
    public static Instance Instance(params Capacity[] capacities) => new()
    {
        Name = "sample",
        Year = 2026,
        Calendar = new PlanningCalendar { Holidays = [new DateOnly(2026, 3, 3)] },
        Townships =
        [
            new Township { Id = "T1", Name = "丹东街道", Location = new GeoPoint(29.0, 121.0) },
            new Township { Id = "T2", Name = "石浦镇", Location = new GeoPoint(29.2, 121.9) },
        ],
        Departments = [new Department { Id = "A", Name = "市场监管" }, new Department { Id = "B", Name = "应急管理" }],
        CheckItems =
        [
            new CheckItem { Id = "A1", Department = "A", Name = "食品安全", Minutes = 60 },
            new CheckItem { Id = "A2", Department = "A", Name = "价格检查", Minutes = 30 },
            new CheckItem { Id = "B1", Department = "B", Name = "消防安全", Minutes = 45 },
        ],
        Enterprises =
        [
            new Enterprise { Id = "E1", Name = "海丰酒家", Township = "T1", Location = new GeoPoint(29.01, 121.0), Industry = "restaurant" },
            new Enterprise { Id = "E2", Name = "鑫源超市", Township = "T1", Location = new GeoPoint(29.02, 121.01), CreditTier = CreditTiers.Green },
            new Enterprise { Id = "E3", Name = "石浦渔业公司", Township = "T2", Location = new GeoPoint(29.21, 121.9) },
        ],
        Needs =
        [
            new Need { Id = "N1", Department = "A", Enterprise = "E1", Items = ["A1"], TimesPerYear = 2 },
            new Need { Id = "N2", Department = "A", Enterprise = "E1", Items = ["A2"], TimesPerYear = 1 },
            new Need { Id = "N3", Department = "B", Enterprise = "E1", Items = ["B1"], TimesPerYear = 1 },
            new Need { Id = "N4", Department = "B", Enterprise = "E2", Items = ["B1"], TimesPerYear = 1 },
            new Need { Id = "N5", Department = "A", Enterprise = "E3", Items = ["A1"], TimesPerYear = 2 },
        ],
        Capacities = capacities,
        Inspectors =
        [
            new Inspector { Id = "I1", Name = "王伟", Department = "A" },
            new Inspector { Id = "I2", Name = "李芳", Department = "A" },
            new Inspector { Id = "I3", Name = "张敏", Department = "B" },
            new Inspector { Id = "I4", Name = "刘洋", Department = "B" },
        ],
    };

    /// <summary>
    /// V1 (E1, March: N1#1 + N2#1 + N3#1, joint), V2 (E1, June: N1#2), V3 (E2, March: N4#1), V4 (E3, March: N5#1);
    /// N5#2 unassigned.
    /// </summary>
    public static AnnualPlan Plan() => new()
    {
        Instance = "sample",
        Year = 2026,
        Visits =
        [
            Visit("V1", "E1", 3, ("N1", 1), ("N2", 1), ("N3", 1)),
            Visit("V2", "E1", 6, ("N1", 2)),
            Visit("V3", "E2", 3, ("N4", 1)),
            Visit("V4", "E3", 3, ("N5", 1)),
        ],
        Unassigned = [new UnassignedOccurrence("N5", 2, "市场监管 5-7 月能力已满")],
    };

    /// <summary>March: TD1 on Tuesday 10 March in T1 visits V3 then V1 with all four officers; V4 is unscheduled.</summary>
    public static MonthlyPlan March() => new()
    {
        Instance = "sample",
        Year = 2026,
        Month = 3,
        TeamDays =
        [
            new TeamDay { Id = "TD1", Date = new DateOnly(2026, 3, 10), Township = "T1", Inspectors = ["I1", "I2", "I3", "I4"], Visits = ["V3", "V1"] },
        ],
        Unscheduled = [new UnscheduledVisit("V4", "石浦镇本月没有两名空闲的市场监管执法人员")],
    };

    private static Visit Visit(string id, string enterprise, int month, params (string Need, int Occurrence)[] tasks) =>
        new() { Id = id, Enterprise = enterprise, Month = month, Tasks = [.. tasks.Select(t => new VisitTask(t.Need, t.Occurrence))] };
}
