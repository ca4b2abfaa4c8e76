using System.Globalization;
using Scheduler.Api.Needs;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Uploads;
using Scheduler.Domain.Draws;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Draws;

/// <summary>One row of the rules workbook: each field read from its column's cell, a cell that does not read named by its place ("规则!I3").</summary>
internal sealed class RuleRowReader(string sheet, int number, IReadOnlyDictionary<int, string> cells, IReadOnlyDictionary<string, string> columns, List<InputError> errors)
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；', ' ', '\u3000', '\n'];

    private string Text(string key) => columns.TryGetValue(key, out var letters) ? cells.GetValueOrDefault(XlsxWorkbook.ColumnIndex(letters)) ?? "" : "";

    private void Bad(string key, string chinese, string english) =>
        errors.Add(new InputError($"{sheet}!{columns[key]}{number}", Ui.T(chinese, english)));

    public SamplingRule Rule(string department)
    {
        var ratios = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var level in RiskLevels.All)
            if (Ratio(RuleColumns.RatioOf(level)) is { } r) ratios[level] = r;
        return new SamplingRule
        {
            Id = Text(RuleColumns.Id),
            Department = department,
            Items = List(RuleColumns.Items) ?? [],
            Kind = Text(RuleColumns.Kind) switch { "" or "日常" => RuleKinds.Routine, "专项" => RuleKinds.Special, "个案" => RuleKinds.Triggered, var k => k },
            Population = new PopulationFilter
            {
                Industries = List(RuleColumns.Industries),
                Townships = List(RuleColumns.Townships),
                RiskLevels = List(RuleColumns.RiskLevels)?.Select(l => l.ToUpperInvariant()).ToList(),
                Tags = List(RuleColumns.Tags),
                Enterprises = List(RuleColumns.Enterprises),
            },
            RatioByLevel = ratios.Count > 0 ? ratios : null,
            Ratio = Ratio(RuleColumns.Ratio),
            Count = Int(RuleColumns.Count),
            CountByLevel = Pairs(RuleColumns.CountByLevel, whole: true)?.ToDictionary(kv => kv.Key, kv => (int)kv.Value),
            WeightByLevel = Pairs(RuleColumns.WeightByLevel, whole: false),
            TimesPerYear = Int(RuleColumns.TimesPerYear) ?? 1,
            TimesPerYearByLevel = Pairs(RuleColumns.TimesPerYearByLevel, whole: true)?.ToDictionary(kv => kv.Key, kv => (int)kv.Value),
            Months = Months(),
            MinGapMonths = Int(RuleColumns.MinGapMonths) ?? 1,
            Standalone = Bool(RuleColumns.Standalone),
        };
    }

    public IReadOnlyList<string>? List(string key)
    {
        var parts = Text(key).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 0 ? null : parts;
    }

    /// <summary>A ratio as 0.05 or 5%; a number above 1 is passed on for the checks to name (it is not read as a percentage).</summary>
    public double? Ratio(string key)
    {
        var text = Text(key).Replace('％', '%');
        if (text.Length == 0) return null;
        var percent = text.EndsWith('%');
        if (double.TryParse(percent ? text[..^1] : text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x))
            return percent ? x / 100 : x;
        Bad(key, $"“{text}”不是比例：请写 0–1 的小数或百分数，如 0.2 或 20%", $"'{text}' is not a ratio: write a number 0–1 or a percentage, such as 0.2 or 20%");
        return null;
    }

    public int? Int(string key)
    {
        var text = Text(key);
        if (text.Length == 0) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
        Bad(key, $"“{text}”不是整数", $"'{text}' is not a whole number");
        return null;
    }

    public bool Bool(string key)
    {
        var text = Text(key);
        if (NeedRowChecker.ReadYesNo(text) is { } yes) return yes;
        if (text.Length > 0) Bad(key, $"“{text}”请填“是”或“否”", $"'{text}': write 是 (yes) or 否 (no)");
        return false;
    }

    /// <summary>"C:2, D:2" (or C=2；D=2) as level → number.</summary>
    private Dictionary<string, double>? Pairs(string key, bool whole)
    {
        var text = Text(key);
        if (text.Length == 0) return null;
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var part in text.Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split([':', '：', '='], 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2 && double.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
                && (!whole || v == Math.Truncate(v)) && Math.Abs(v) < 1e6)
            {
                map[pair[0].ToUpperInvariant()] = v;
            }
            else
            {
                Bad(key, $"“{part}”看不懂：请写“等级:数”，如 C:2, D:2", $"cannot read '{part}': write level:number such as C:2, D:2");
                return null;
            }
        }
        return map;
    }

    private IReadOnlyList<int> Months()
    {
        var cellErrors = new List<CellError>();
        var months = NeedRowChecker.ReadMonths(Text(RuleColumns.Months), cellErrors);
        foreach (var e in cellErrors) Bad(RuleColumns.Months, e.Message, e.Message);
        return months ?? Need.AllMonths;
    }
}
