namespace Scheduler.Api.Register;

/// <summary>
/// The register workbook's layout: one worksheet per part of the spec's instance, Chinese headers; each column names
/// the spec field it holds (a header may also be written as that field name, e.g. "id").
/// </summary>
public static class RegisterSheets
{
    public const string Townships = "乡镇";
    public const string Departments = "部门";
    public const string CheckItems = "检查事项";
    public const string Enterprises = "企业";
    public const string Inspectors = "执法人员";
    public const string Capacities = "能力";
    public const string Calendar = "日历";
    public const string Rules = "规则";

    /// <summary>Sheets in workbook order.</summary>
    public static IReadOnlyList<string> All { get; } = [Rules, Calendar, Townships, Departments, CheckItems, Enterprises, Inspectors, Capacities];

    /// <summary>The 日历 sheet's kinds of row.</summary>
    public const string JointWeekday = "联合检查日";
    public const string Holiday = "节假日";
    public const string ExtraWorkday = "调休上班日";

    /// <summary>Column headers of the 日历 and 规则 sheets.</summary>
    public const string KindHeader = "类型";
    public const string ValueHeader = "值";
    public const string ItemHeader = "项目";
    public const string NoteHeader = "说明";

    /// <summary>(spec field below a row, header) of each list sheet, in column order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<(string Field, string Header)>> Columns { get; } =
        new Dictionary<string, IReadOnlyList<(string, string)>>(StringComparer.Ordinal)
        {
            [Townships] = [("id", "编号"), ("name", "名称"), ("location.lat", "纬度"), ("location.lon", "经度")],
            [Departments] = [("id", "编号"), ("name", "名称")],
            [CheckItems] = [("id", "编号"), ("department", "部门"), ("name", "名称"), ("minutes", "现场分钟"), ("theme", "主题")],
            [Enterprises] =
            [
                ("id", "编号"), ("name", "名称"), ("township", "乡镇"), ("location.lat", "纬度"), ("location.lon", "经度"),
                ("creditTier", "信用等级"), ("industry", "行业"), ("closedMonths", "停业月份"),
            ],
            [Capacities] = [("department", "部门"), ("month", "月份"), ("visits", "检查上限")],
            [Calendar] = [("kind", KindHeader), ("value", ValueHeader)],
            [Rules] = [("item", ItemHeader), ("value", ValueHeader), ("note", NoteHeader)],
            [Inspectors] = [("id", "编号"), ("name", "姓名"), ("department", "部门"), ("township", "乡镇"), ("unavailable", "不可出勤日期"), ("conflicts", "回避企业")],
        };

    /// <summary>Rows of the 规则 sheet: (spec path, 项目 label, 说明).</summary>
    public static IReadOnlyList<(string Path, string Label, string Note)> RuleRows { get; } =
    [
        ("$.name", "名称", "计划名称"),
        ("$.year", "年度", "计划年度"),
        ("$.rules.maxDepartmentsPerVisit", "每次检查最多部门数", "默认 4"),
        ("$.rules.maxVisitMinutes", "每次检查最长现场分钟", "默认 240"),
        ("$.rules.officersPerDepartment", "每部门派出执法人员数", "默认 2（至少两人）"),
        ("$.rules.workdayMinutes", "每个工作日分钟数", "现场加路程，默认 480"),
        ("$.rules.maxVisitsPerTeamDay", "每组每日最多检查家数", "默认 6"),
        ("$.rules.travelKmh", "平均车速（公里/小时）", "默认 30"),
        ("$.rules.roadFactor", "道路系数", "道路距离 / 直线距离，默认 1.3"),
        ("$.rules.maxVisitsPerYearByTier.green", "绿色企业年检查上限", "空白 = 不设上限（无事不扰）"),
        ("$.rules.maxVisitsPerYearByTier.yellow", "黄色企业年检查上限", "空白 = 不设上限"),
        ("$.rules.maxVisitsPerYearByTier.red", "红色企业年检查上限", "空白 = 不设上限"),
    ];

    /// <summary>Credit tiers as the workbook writes them; reading also accepts 绿/黄/红 and the spec's words.</summary>
    public static IReadOnlyDictionary<string, string> TierNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["green"] = "绿色", ["yellow"] = "黄色", ["red"] = "红色",
    };

    /// <summary>The header of <paramref name="field"/> in <paramref name="sheet"/>, or the field itself when the sheet has no such column.</summary>
    public static string? HeaderOf(string sheet, string field)
    {
        if (!Columns.TryGetValue(sheet, out var columns)) return null;
        foreach (var (f, header) in columns)
        {
            if (f == field || (field == "location" && f.StartsWith("location.", StringComparison.Ordinal))) return header;
        }
        return null;
    }
}
