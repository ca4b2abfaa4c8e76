namespace Scheduler.Api.Draws;

/// <summary>
/// The columns of a sampling rule in the rules workbook (sheet <see cref="RulesSheet"/>, one rule a row) and of the
/// department's policy (sheet <see cref="PolicySheet"/>), in template order; headers are found by their Chinese or English
/// names, in any order.
/// </summary>
public static class RuleColumns
{
    public const string RulesSheet = "规则";
    public const string PolicySheet = "部门";
    public const string HelpSheet = "说明";

    public const string Id = "id";
    public const string Items = "items";
    public const string Kind = "kind";
    public const string Industries = "industries";
    public const string Townships = "townships";
    public const string RiskLevels = "riskLevels";
    public const string Tags = "tags";
    public const string Enterprises = "enterprises";
    public const string Ratio = "ratio";
    public const string Count = "count";
    public const string CountByLevel = "countByLevel";
    public const string WeightByLevel = "weightByLevel";
    public const string TimesPerYear = "timesPerYear";
    public const string TimesPerYearByLevel = "timesPerYearByLevel";
    public const string Months = "months";
    public const string MinGapMonths = "minGapMonths";
    public const string Standalone = "standalone";
    public const string MaxChecks = "maxChecksPerEnterprise";
    public const string LeaveA = "leaveLevelAAlone";

    /// <summary>The ratio column of a level (ratioByLevel.A …).</summary>
    public static string RatioOf(string level) => $"ratioByLevel.{level}";

    public static IReadOnlyList<RuleColumn> Rule { get; } =
    [
        new(Id, "规则编号", "Rule id", "规则的编号，本部门内不重复，如 SCJG-R01"),
        new(Items, "检查事项", "Check items", "本部门检查事项编号，多个用逗号分隔"),
        new(Kind, "类别", "Kind", "日常、专项或个案（个案须列出企业名单，不抽取）；空白为日常"),
        new(Industries, "行业", "Industries", "抽查对象的行业，多个用逗号分隔；空白为不限"),
        new(Townships, "乡镇", "Townships", "乡镇编号，多个用逗号分隔；空白为不限"),
        new(RiskLevels, "风险等级", "Risk levels", "A–D，多个用逗号分隔；空白为不限"),
        new(Tags, "标签", "Tags", "名录中的标签（如 重点监管），多个用逗号分隔；空白为不限"),
        new(Enterprises, "企业名单", "Enterprises", "企业编号，多个用逗号分隔；只写名单、不写比例和数量即名单全查"),
        new(RatioOf("A"), "A级比例", "Ratio A", "A 级（低风险）企业的抽查比例，如 5% 或 0.05；空白为不抽"),
        new(RatioOf("B"), "B级比例", "Ratio B", "B 级企业的抽查比例"),
        new(RatioOf("C"), "C级比例", "Ratio C", "C 级企业的抽查比例"),
        new(RatioOf("D"), "D级比例", "Ratio D", "D 级（高风险）企业的抽查比例"),
        new(Ratio, "总体比例", "Ratio", "不分等级时整个抽查对象的比例（与分级比例二选一）"),
        new(Count, "抽取数量", "Count", "不分等级时抽取的户数"),
        new(CountByLevel, "各等级数量", "Count by level", "分级抽取的户数，如 B:5, D:3"),
        new(WeightByLevel, "各等级权重", "Weight by level", "总体比例或数量的加权抽取，如 A:1, B:2, C:4, D:8"),
        new(TimesPerYear, "每年次数", "Times per year", "每户每年检查次数，空白为 1"),
        new(TimesPerYearByLevel, "各等级每年次数", "Times by level", "按等级的每年次数，如 C:2, D:2"),
        new(Months, "可选月份", "Months", "如 3,6,9 或 1-6；空白为全年"),
        new(MinGapMonths, "最小间隔月数", "Minimum gap", "相邻两次至少间隔的月数，空白为 1"),
        new(Standalone, "单独检查", "Standalone", "是：暗访等，只由本部门进行；空白为否"),
    ];

    public static IReadOnlyList<RuleColumn> Policy { get; } =
    [
        new("department", "部门", "Department", "本部门编号"),
        new(MaxChecks, "每户每年检查上限", "Max checks per enterprise", "本部门对同一企业每年最多检查次数（1–12），空白为不设"),
        new(LeaveA, "A级无事不扰", "Leave level A alone", "是：抽查不抽 A 级企业（名单和个案不受影响）"),
    ];

    /// <summary>The column of a header cell: its Chinese or English name, the key, or "中文 English".</summary>
    public static RuleColumn? ByHeader(IReadOnlyList<RuleColumn> columns, string header)
    {
        var h = header.Trim();
        return columns.FirstOrDefault(c => h == c.Chinese || string.Equals(h, c.English, StringComparison.OrdinalIgnoreCase)
            || string.Equals(h, c.Key, StringComparison.OrdinalIgnoreCase) || h.StartsWith(c.Chinese + " ", StringComparison.Ordinal));
    }
}
