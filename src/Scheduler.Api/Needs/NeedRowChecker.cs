using System.Globalization;
using Scheduler.Api.Shared;
using Scheduler.Data.Stores;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Needs;

/// <summary>
/// Reads draft rows against the register and names every bad cell in plain words (Chinese first): unknown enterprise or
/// check item, an item of another department, times per year or months out of range, duplicate need ids and duplicate rows.
/// A row whose cells all read yields its <see cref="Need"/>; the spec's remaining rules are checked by
/// <see cref="NeedSubmitter"/> on those needs.
/// </summary>
public static class NeedRowChecker
{
    private static readonly char[] ListSeparators = [',', '，', '、', ';', '；', '/', '\n', '\r', '\t'];

    /// <param name="lines">The line each row is known by (spreadsheet rows of an upload); null: 1, 2, 3, ...</param>
    public static IReadOnlyList<CheckedRow> Check(IReadOnlyList<NeedDraftRow> rows, Instance register, string department,
        IReadOnlyList<int>? lines = null)
    {
        var enterprises = register.Enterprises.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var items = register.CheckItems.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var firstId = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstContent = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<CheckedRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var line = lines is not null && i < lines.Count ? lines[i] : i + 1;
            var row = rows[i];
            var errors = new List<CellError>();
            var id = row.Id.Trim();
            // Text the contract refuses (README "The files") never reaches the draft, so never PostgreSQL either.
            foreach (var column in NeedColumns.All)
            {
                if (Scheduler.Domain.Validation.TextLimits.FindControl(NeedColumns.Cell(row, column.Key)) is { } control)
                    errors.Add(new(column.Key, Ui.T($"{column.Chinese}含有控制字符（U+{(int)control:X4}）", $"{column.English} holds the control character U+{(int)control:X4}")));
            }
            if (Scheduler.Domain.Validation.TextLimits.Length(id) > Scheduler.Domain.Validation.TextLimits.MaxIdChars)
                errors.Add(new(NeedColumns.Id, Ui.T($"需求编号超过 {Scheduler.Domain.Validation.TextLimits.MaxIdChars} 个字符", $"the need id is longer than {Scheduler.Domain.Validation.TextLimits.MaxIdChars} characters")));
            if (id.Length > 0 && !firstId.TryAdd(id, line))
                errors.Add(new(NeedColumns.Id, Ui.T($"需求编号 {id} 与第 {firstId[id]} 行重复", $"need id {id} repeats line {firstId[id]}")));

            var enterprise = ResolveId(row.Enterprise, enterprises);
            if (row.Enterprise.Trim().Length == 0) errors.Add(new(NeedColumns.Enterprise, Ui.T("企业编号不能为空", "the enterprise id is missing")));
            else if (enterprise is null)
                errors.Add(new(NeedColumns.Enterprise, Ui.T($"企业编号 {FirstToken(row.Enterprise)} 不在名录中", $"enterprise {FirstToken(row.Enterprise)} is not in the register")));

            var itemIds = ReadItems(row.Items, items, department, errors);
            var times = ReadWhole(row.TimesPerYear, 1, 12, blank: null);
            if (times is null) errors.Add(new(NeedColumns.TimesPerYear, Ui.T("每年次数必须是 1–12 的整数", "times per year must be a whole number 1–12")));
            var months = ReadMonths(row.Months, errors);
            var gap = ReadWhole(row.MinGapMonths, 1, 11, blank: 1);
            if (gap is null) errors.Add(new(NeedColumns.MinGapMonths, Ui.T("最小间隔月数必须是 1–11 的整数（空白为 1）", "the minimum gap must be a whole number 1–11 (blank means 1)")));
            var standalone = ReadYesNo(row.Standalone);
            if (standalone is null) errors.Add(new(NeedColumns.Standalone, Ui.T("单独检查请填“是”或“否”", "standalone must be yes or no")));

            if (enterprise is not null && itemIds is { Count: > 0 })
            {
                var key = enterprise + "\u0001" + string.Join("\u0001", itemIds.Distinct().Order(StringComparer.Ordinal));
                if (!firstContent.TryAdd(key, line))
                {
                    errors.Add(new(NeedColumns.Row, Ui.T($"与第 {firstContent[key]} 行重复（同一企业、同样的检查事项）",
                        $"duplicates line {firstContent[key]} (same enterprise, same check items)")));
                }
            }

            Need? need = null;
            if (errors.Count == 0)
            {
                need = new Need
                {
                    Id = id, Department = department, Enterprise = enterprise!, Items = itemIds!, TimesPerYear = times!.Value,
                    Months = months!, MinGapMonths = gap!.Value, Standalone = standalone!.Value,
                };
            }
            var normalized = row with
            {
                Id = id,
                Enterprise = enterprise ?? row.Enterprise.Trim(),
                Items = itemIds is { Count: > 0 } && !errors.Any(e => e.Column == NeedColumns.Items) ? string.Join(",", itemIds) : row.Items.Trim(),
            };
            result.Add(new CheckedRow(i + 1, line, normalized, need, errors));
        }
        return result;
    }

    /// <summary>The register id a cell names: the whole text when it is an id, else its first word (the drop-down's "id 名称").</summary>
    public static string? ResolveId(string text, IReadOnlySet<string> ids)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return null;
        if (ids.Contains(trimmed)) return trimmed;
        var first = FirstToken(trimmed);
        return ids.Contains(first) ? first : null;
    }

    private static string FirstToken(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\u3000', '\t']);
        return space > 0 ? trimmed[..space] : trimmed;
    }

    private static List<string>? ReadItems(string text, IReadOnlyDictionary<string, CheckItem> items, string department, List<CellError> errors)
    {
        var parts = text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            errors.Add(new(NeedColumns.Items, Ui.T("检查事项编号不能为空", "name at least one check item")));
            return null;
        }
        var ids = new List<string>();
        var known = items.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            var id = ResolveId(part, known);
            if (id is null)
            {
                errors.Add(new(NeedColumns.Items, Ui.T($"检查事项 {FirstToken(part)} 不在名录中", $"check item {FirstToken(part)} is not in the register")));
                continue;
            }
            if (!string.Equals(items[id].Department, department, StringComparison.Ordinal))
            {
                errors.Add(new(NeedColumns.Items, Ui.T($"检查事项 {id} 属于 {items[id].Department}，不是本部门的事项",
                    $"check item {id} belongs to {items[id].Department}, not to this department")));
                continue;
            }
            if (!ids.Contains(id)) ids.Add(id);
        }
        return ids;
    }

    /// <summary>A whole number in [min, max]; blank gives <paramref name="blank"/>; "2.0" (a spreadsheet number) reads as 2.</summary>
    private static int? ReadWhole(string text, int min, int max, int? blank)
    {
        var t = text.Trim();
        if (t.Length == 0) return blank;
        if (!decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value != decimal.Truncate(value)) return null;
        return value >= min && value <= max ? (int)value : null;
    }

    public static bool? ReadYesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" or "否" or "不" or "no" or "n" or "false" or "0" => false,
        "是" or "yes" or "y" or "true" or "1" => true,
        _ => null,
    };

    /// <summary>Months such as "3,6,9", "1-6", "3月、4月", "全年"; blank is all twelve. Null (with errors added) when a part does not read.</summary>
    public static IReadOnlyList<int>? ReadMonths(string text, List<CellError> errors)
    {
        var t = text.Trim();
        if (t.Length == 0 || t is "全年" or "all") return Need.AllMonths;
        var months = new SortedSet<int>();
        var ok = true;
        foreach (var raw in t.Split([.. ListSeparators, ' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var part = raw.Replace("月份", "", StringComparison.Ordinal).Replace("月", "", StringComparison.Ordinal);
            var dash = part.IndexOfAny(['-', '~', '～', '–', '—', '至', '到'], 1);
            if (dash > 0)
            {
                var from = Month(part[..dash], raw, errors);
                var to = Month(part[(dash + 1)..], raw, errors);
                if (from is null || to is null) { ok = false; continue; }
                if (from > to)
                {
                    errors.Add(new(NeedColumns.Months, Ui.T($"可选月份 {raw} 起止颠倒（不跨年）", $"months {raw} run backwards (no wrap into the next year)")));
                    ok = false;
                    continue;
                }
                for (var m = from.Value; m <= to.Value; m++) months.Add(m);
            }
            else if (Month(part, raw, errors) is { } m) months.Add(m);
            else ok = false;
        }
        return ok && months.Count > 0 ? [.. months] : null;
    }

    private static int? Month(string text, string raw, List<CellError> errors)
    {
        var t = text.Trim();
        int m;
        if (int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole)) m = whole;
        else if (decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d) && Math.Abs(d) < 10_000) m = (int)d;
        else
        {
            errors.Add(new(NeedColumns.Months, Ui.T($"可选月份 {raw} 看不懂：请写 1–12 的月份，如 3,6,9 或 1-6", $"months: cannot read {raw}; write months 1–12 such as 3,6,9 or 1-6")));
            return null;
        }
        if (m is < 1 or > 12)
        {
            errors.Add(new(NeedColumns.Months, Ui.T($"可选月份 {m} 不是 1–12 月", $"month {m} is not a month 1–12")));
            return null;
        }
        return m;
    }
}
