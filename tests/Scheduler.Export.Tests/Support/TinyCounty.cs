using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Export.Tests.Support;

/// <summary>
/// A hand-built county small enough to check every cell by eye: 2 townships, 3 departments, 4 inspectors; March 2026
/// has 2 team-days (TD1 visits V2 then V1 in 石浦镇, TD2 visits V3 in 丹城街道) and V4 unscheduled.
/// E1's name holds a comma and quotes, V4's reason a comma and a line break, to exercise CSV quoting.
/// </summary>
internal static class TinyCounty
{
    public const string E1Name = "宁波海鲜, \"渔港\"加工厂";
    public const string V4Reason = "3月没有空闲的市场监管局人员, 所有周二已排满\n下月优先";

    public static readonly DateOnly Td1Date = new(2026, 3, 3);
    public static readonly DateOnly Td2Date = new(2026, 3, 10);

    public static Instance Instance { get; } = new()
    {
        Name = "tiny-export",
        Year = 2026,
        Rules = new Rules { OfficersPerDepartment = 1 },
        Townships =
        [
            new Township { Id = "T1", Name = "石浦镇", Location = new GeoPoint(29.20, 121.95) },
            new Township { Id = "T2", Name = "丹城街道", Location = new GeoPoint(29.47, 121.87) },
        ],
        Departments =
        [
            new Department { Id = "SCJG", Name = "市场监管局" },
            new Department { Id = "STHJ", Name = "生态环境局" },
            new Department { Id = "YJGL", Name = "应急管理局" },
        ],
        CheckItems =
        [
            new CheckItem { Id = "C1", Department = "SCJG", Name = "食品安全", Minutes = 60 },
            new CheckItem { Id = "C2", Department = "SCJG", Name = "特种设备", Minutes = 30 },
            new CheckItem { Id = "C3", Department = "STHJ", Name = "废水排放", Minutes = 90 },
            new CheckItem { Id = "C4", Department = "YJGL", Name = "消防通道", Minutes = 45 },
        ],
        Enterprises =
        [
            new Enterprise { Id = "E1", Name = E1Name, Township = "T1", Location = new GeoPoint(29.21, 121.96) },
            new Enterprise { Id = "E2", Name = "石浦冷链物流", Township = "T1", Location = new GeoPoint(29.22, 121.94) },
            new Enterprise { Id = "E3", Name = "丹城印染厂", Township = "T2", Location = new GeoPoint(29.48, 121.88) },
            new Enterprise { Id = "E4", Name = "丹城小吃店", Township = "T2", Location = new GeoPoint(29.46, 121.86) },
        ],
        Needs =
        [
            new Need { Id = "N1", Department = "SCJG", Enterprise = "E1", Items = ["C1", "C2"] },
            new Need { Id = "N2", Department = "STHJ", Enterprise = "E1", Items = ["C3"] },
            new Need { Id = "N3", Department = "SCJG", Enterprise = "E2", Items = ["C1"] },
            new Need { Id = "N4", Department = "YJGL", Enterprise = "E3", Items = ["C4"] },
            new Need { Id = "N5", Department = "STHJ", Enterprise = "E3", Items = ["C3"] },
            new Need { Id = "N6", Department = "SCJG", Enterprise = "E4", Items = ["C1"] },
            new Need { Id = "N7", Department = "SCJG", Enterprise = "E3", Items = ["C2"] },
        ],
        Inspectors =
        [
            new Inspector { Id = "I1", Name = "王芳", Department = "SCJG" },
            new Inspector { Id = "I2", Name = "李伟", Department = "STHJ", Township = "T1" },
            new Inspector { Id = "I3", Name = "张敏", Department = "YJGL" },
            new Inspector { Id = "I4", Name = "陈静", Department = "STHJ" },
        ],
    };

    public static AnnualPlan Plan { get; } = new()
    {
        Instance = "tiny-export",
        Year = 2026,
        Visits =
        [
            new Visit { Id = "V1", Enterprise = "E1", Month = 3, Tasks = [new("N1", 1), new("N2", 1)] },
            new Visit { Id = "V2", Enterprise = "E2", Month = 3, Tasks = [new("N3", 1)] },
            new Visit { Id = "V3", Enterprise = "E3", Month = 3, Tasks = [new("N4", 1), new("N5", 1), new("N7", 1)] },
            new Visit { Id = "V4", Enterprise = "E4", Month = 3, Tasks = [new("N6", 1)] },
        ],
    };

    public static MonthlyPlan March { get; } = new()
    {
        Instance = "tiny-export",
        Year = 2026,
        Month = 3,
        TeamDays =
        [
            // Listed out of date order on purpose: sheets and calendars sort by date.
            new TeamDay { Id = "TD2", Date = Td2Date, Township = "T2", Inspectors = ["I3", "I4", "I1"], Visits = ["V3"] },
            new TeamDay { Id = "TD1", Date = Td1Date, Township = "T1", Inspectors = ["I1", "I2"], Visits = ["V2", "V1"] },
        ],
        Unscheduled = [new UnscheduledVisit("V4", V4Reason)],
    };

    public static IReadOnlyList<MonthlyPlan> Months { get; } = [March];
}
