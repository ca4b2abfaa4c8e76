using System.Globalization;
using Scheduler.Api.Shared;
using Scheduler.Domain.Draws;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Draws;

/// <summary>
/// The rules workbook of a department: a 规则 sheet with the columns of <see cref="RuleColumns.Rule"/> (its current rules,
/// or one example row), a 部门 sheet with its policy, and a 说明 sheet explaining each column. <see cref="RuleSheetReader"/>
/// reads it back.
/// </summary>
public static class RuleTemplate
{
    public static byte[] Write(Instance register, string department, RuleSet? current)
    {
        ArgumentNullException.ThrowIfNull(register);
        var rules = Workbooks.Table([.. RuleColumns.Rule.Select(c => c.Chinese)]);
        var mine = current?.Rules.Where(r => r.Department == department).ToList() ?? [];
        if (mine.Count == 0) mine = [Example(register, department)];
        foreach (var rule in mine) rules.Rows.Add([.. RuleColumns.Rule.Select(c => (object)Cell(rule, c.Key))]);

        var policy = Workbooks.Table([.. RuleColumns.Policy.Select(c => c.Chinese)]);
        var own = current?.Departments.FirstOrDefault(d => d.Department == department);
        policy.Rows.Add(department, own?.MaxChecksPerEnterprise?.ToString(CultureInfo.InvariantCulture) ?? "", own?.LeaveLevelAAlone == true ? "是" : "否");

        var help = Workbooks.Table("列 Column", "英文 English", "说明 Help");
        foreach (var c in RuleColumns.Rule.Concat(RuleColumns.Policy)) help.Rows.Add(c.Chinese, c.English, c.Help);
        help.Rows.Add("", "", $"本部门检查事项：{string.Join("、", register.CheckItems.Where(i => i.Department == department).Select(i => $"{i.Id} {i.Name}"))}");
        help.Rows.Add("", "", $"名录中的行业：{string.Join("、", register.Enterprises.Select(e => e.Industry).OfType<string>().Distinct().Order(StringComparer.Ordinal))}");
        help.Rows.Add("", "", "格式与 rules.json 相同（docs/draws.md §2）；上传后在“抽查规则”页预览、提交。");
        return Workbooks.Save(new Dictionary<string, object>
        {
            [RuleColumns.RulesSheet] = rules,
            [RuleColumns.PolicySheet] = policy,
            [RuleColumns.HelpSheet] = help,
        });
    }

    /// <summary>The text of a rule's field in its column.</summary>
    public static string Cell(SamplingRule rule, string key)
    {
        ArgumentNullException.ThrowIfNull(rule);
        static string List(IReadOnlyList<string>? names) => names is null ? "" : string.Join(",", names);
        static string Number(double? x) => x?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
        static string Pairs<T>(IReadOnlyDictionary<string, T>? map) where T : IFormattable =>
            map is null ? "" : string.Join(", ", map.Select(kv => $"{kv.Key}:{kv.Value.ToString(null, CultureInfo.InvariantCulture)}"));
        return key switch
        {
            RuleColumns.Id => rule.Id,
            RuleColumns.Items => List(rule.Items),
            RuleColumns.Kind => rule.Kind switch { RuleKinds.Special => "专项", RuleKinds.Triggered => "个案", _ => "日常" },
            RuleColumns.Industries => List(rule.Population.Industries),
            RuleColumns.Townships => List(rule.Population.Townships),
            RuleColumns.RiskLevels => List(rule.Population.RiskLevels),
            RuleColumns.Tags => List(rule.Population.Tags),
            RuleColumns.Enterprises => List(rule.Population.Enterprises),
            RuleColumns.Ratio => Number(rule.Ratio),
            RuleColumns.Count => rule.Count?.ToString(CultureInfo.InvariantCulture) ?? "",
            RuleColumns.CountByLevel => Pairs(rule.CountByLevel),
            RuleColumns.WeightByLevel => Pairs(rule.WeightByLevel),
            RuleColumns.TimesPerYear => rule.TimesPerYear.ToString(CultureInfo.InvariantCulture),
            RuleColumns.TimesPerYearByLevel => Pairs(rule.TimesPerYearByLevel),
            RuleColumns.Months => Needs.DraftRows.MonthsText(rule.Months),
            RuleColumns.MinGapMonths => rule.MinGapMonths.ToString(CultureInfo.InvariantCulture),
            RuleColumns.Standalone => rule.Standalone ? "是" : "否",
            _ when key.StartsWith("ratioByLevel.", StringComparison.Ordinal) =>
                Number(rule.RatioByLevel?.TryGetValue(key["ratioByLevel.".Length..], out var r) == true ? r : null),
            _ => "",
        };
    }

    /// <summary>A first rule: the department's first check item over the commonest industry, the published county ratios.</summary>
    public static SamplingRule Example(Instance register, string department)
    {
        ArgumentNullException.ThrowIfNull(register);
        var item = register.CheckItems.FirstOrDefault(i => i.Department == department)?.Id ?? "";
        var industry = register.Enterprises.Select(e => e.Industry).OfType<string>().GroupBy(i => i, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;
        return new SamplingRule
        {
            Id = $"{department}-R01",
            Department = department,
            Items = [item],
            Population = new PopulationFilter { Industries = industry is null ? null : [industry] },
            RatioByLevel = new Dictionary<string, double> { ["A"] = 0.05, ["B"] = 0.2, ["C"] = 0.6, ["D"] = 1 },
        };
    }
}
