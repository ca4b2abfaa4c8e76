using Scheduler.Data.Stores;

namespace Scheduler.Api.Needs;

/// <summary>The columns of the needs sheet (template, upload, download) in order, and how a draft row's cells map to them.</summary>
public static class NeedColumns
{
    public const string Enterprise = "enterprise";
    public const string Items = "items";
    public const string TimesPerYear = "timesPerYear";
    public const string Months = "months";
    public const string MinGapMonths = "minGapMonths";
    public const string Standalone = "standalone";
    public const string Id = "id";

    /// <summary>Errors that belong to the whole row (duplicates), not one cell.</summary>
    public const string Row = "row";

    public static IReadOnlyList<NeedColumn> All { get; } =
    [
        new(Enterprise, "企业编号", "Enterprise", "从下拉列表选，或填名录中的企业编号", "pick from the list or type the register's enterprise id"),
        new(Items, "检查事项编号", "Check items", "本部门的检查事项；多个用逗号分隔", "this department's check items; several separated by commas"),
        new(TimesPerYear, "每年次数", "Times per year", "1–12 的整数", "a whole number 1–12"),
        new(Months, "可选月份", "Allowed months", "如 3,6,9 或 1-6；空白表示全年", "e.g. 3,6,9 or 1-6; blank means all year"),
        new(MinGapMonths, "最小间隔月数", "Minimum gap (months)", "相邻两次至少隔几个月；空白为 1", "months between occurrences; blank means 1"),
        new(Standalone, "单独检查", "Standalone", "是 / 否（暗访等只由本部门进行）", "yes / no (unannounced checks by this department alone)"),
        new(Id, "需求编号", "Need id", "可空，系统自动编号", "may be blank: numbered automatically"),
    ];

    /// <summary>The column of a header cell (Chinese or English name, ignoring case, spaces and a bracketed note), or null.</summary>
    public static NeedColumn? ByHeader(string header)
    {
        var text = header.Trim();
        var bracket = text.IndexOfAny(['(', '（']);
        if (bracket > 0) text = text[..bracket];
        text = text.Replace(" ", "", StringComparison.Ordinal).Trim();
        return All.FirstOrDefault(c => string.Equals(c.Chinese, text, StringComparison.Ordinal)
            || string.Equals(c.English.Replace(" ", "", StringComparison.Ordinal), text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(c.Key, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A draft row's cell by column key.</summary>
    public static string Cell(NeedDraftRow row, string key) => key switch
    {
        Enterprise => row.Enterprise,
        Items => row.Items,
        TimesPerYear => row.TimesPerYear,
        Months => row.Months,
        MinGapMonths => row.MinGapMonths,
        Standalone => row.Standalone,
        Id => row.Id,
        _ => "",
    };

    /// <summary>A draft row from cells by column key (missing keys are blank).</summary>
    public static NeedDraftRow FromCells(IReadOnlyDictionary<string, string> cells, string? source) => new(
        Get(cells, Id), Get(cells, Enterprise), Get(cells, Items), Get(cells, TimesPerYear), Get(cells, Months),
        Get(cells, MinGapMonths), Get(cells, Standalone), source);

    private static string Get(IReadOnlyDictionary<string, string> cells, string key) => cells.TryGetValue(key, out var v) ? v.Trim() : "";
}
