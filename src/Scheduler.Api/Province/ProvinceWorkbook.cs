using System.Globalization;
using Scheduler.Api.Shared;

namespace Scheduler.Api.Province;

/// <summary>
/// The province's comparison as an xlsx workbook: a sheet with a row per county and a totals row (各县), rates as
/// fractions the reader formats as percentages, each target's verdict in words; and a sheet with the targets (目标).
/// Columns are named in Chinese first, English second.
/// </summary>
public static class ProvinceWorkbook
{
    public const string CountiesSheet = "各县", TargetsSheet = "目标";

    /// <summary>What the totals row has in the code column.</summary>
    public const string TotalsLabel = "合计 Total";

    public static byte[] Build(ProvinceFiguresView view)
    {
        var table = Workbooks.Table("代码 Code", "县（市、区）County", "方案 Run", "企业 Enterprises", "部门 Departments", "已提交需求 Submitted",
            "按期提交 On time", "现状户次 Separate visits", "合并后户次 Visits", "减少户次 Visits saved", "减少比例 Checks cut", "减少比例达标 Cut target met",
            "联合检查率 Joint rate", "联合检查率达标 Joint target met", "下界 Bound", "距下界 Gap", "未安排 Unassigned", "未排入 Unscheduled",
            "人员约束代价 Staffing price", "联合检查日人手已满的部门 Full on joint weekdays", "漏排所缺人员的部门 Left out waits for",
            "增员测算最佳方案 Best staffing change", "该方案户次 Its visits", "该方案漏排 Its left out",
            "测算目标代价 Staffing goal", "达标方案 Change meeting it");
        foreach (var c in view.Counties)
        {
            table.Rows.Add(c.Code, c.Name, Cell(c.Run), Cell(c.Enterprises), c.Departments, c.Submitted, Cell(c.SubmittedOnTime), Cell(c.SeparateVisits),
                Cell(c.Visits), Cell(c.Saved), Cell(c.ChecksCut), Verdict(c.ChecksCutMet), Cell(c.JointRate), Verdict(c.JointRateMet),
                Cell(c.Bound), Cell(c.Gap), Cell(c.Unassigned), Cell(c.Unscheduled), Cell(c.StaffingPrice),
                c.FullDepartments is { } full ? string.Join("、", full) : "", c.LeftOutWaitsFor is { } waits ? string.Join("、", waits) : "",
                c.BestChange ?? "", Cell(c.BestChangeVisits), Cell(c.BestChangeLeftOut),
                Cell(c.StaffingGoal / 100), c.StaffingGoalMetBy ?? "");
        }
        var t = view.Totals;
        table.Rows.Add(TotalsLabel, $"{t.Counties} 个县 counties, {t.Planned} 个有方案 planned", "", t.Enterprises, t.Departments, t.Submitted,
            Cell(t.SubmittedOnTime), t.SeparateVisits, t.Visits, t.Saved, Cell(t.ChecksCut), Count(t.ChecksCutMet, t.Counties), Cell(t.JointRate),
            Count(t.JointRateMet, t.Counties), t.Bound, Cell(t.Gap), t.Unassigned, t.Unscheduled, t.StaffingPrice, "", "", "", "", "", "", Count(t.StaffingGoalMet, t.StaffingGoalSought));
        var targets = Workbooks.Table("年度 Year", "联合检查率目标 Joint rate target", "减少比例目标 Checks cut target", "需求提交截止 Needs deadline",
            "设定人 Set by", "设定时间 Set at");
        if (view.Targets is { } s)
        {
            targets.Rows.Add(s.Year, s.JointRate, s.ChecksCut, s.NeedsDeadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                s.SetBy, s.SetAt.ToOffset(Data.Tenancy.ProvinceTargets.ChinaOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }
        return Workbooks.Save(new Dictionary<string, object> { [CountiesSheet] = table, [TargetsSheet] = targets });
    }

    /// <summary>The download's file name: province-YEAR.xlsx.</summary>
    public static string FileName(int year) => string.Create(CultureInfo.InvariantCulture, $"province-{year}.xlsx");

    private static object Cell<T>(T? value) where T : struct => value is { } v ? v : "";

    private static string Verdict(bool? met) => met switch
    {
        true => "达标 met",
        false => "未达标 not met",
        null => "",
    };

    private static string Count(int? met, int of) => met is { } n ? $"{n}/{of} 达标 met" : "";
}
