using Scheduler.Domain.Model;

namespace Scheduler.Domain.Draws;

/// <summary>
/// Each rule's strata against the register without drawing (no public numbers are computed): per rule and level its
/// population and the sample size the draw takes, as <see cref="Drawer"/> forms them (levels in A–D order, a department
/// that leaves level A alone leaves it out of its drawn rules). Rules the checks refuse are previewed as far as they
/// read: an unknown industry simply matches nothing. Never throws on content.
/// </summary>
public static class RulePreview
{
    public static IReadOnlyList<StratumPreview> Of(Instance register, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(rules);
        var enterprises = (register.Enterprises ?? []).Where(e => e is not null).ToList();
        var levels = enterprises.Select(e => RiskLevels.Of(e, rules.RiskLevelByColour)).ToArray();
        var policies = new Dictionary<string, DepartmentPolicy>(StringComparer.Ordinal);
        foreach (var policy in rules.Departments ?? []) if (policy?.Department is { } d) policies.TryAdd(d, policy);

        var strata = new List<StratumPreview>();
        var list = rules.Rules ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is not { } rule) continue;
            var drawn = rule.Kind != RuleKinds.Triggered && !rule.TakesAll;
            var leaveA = drawn && policies.TryGetValue(rule.Department ?? "", out var p) && p.LeaveLevelAAlone;
            var population = new Population(rule.Population ?? new PopulationFilter());
            var byLevel = new Dictionary<string, int>(StringComparer.Ordinal);
            var total = 0;
            for (var e = 0; e < enterprises.Count; e++)
            {
                if (leaveA && levels[e] == RiskLevels.A) continue;
                if (!population.Matches(enterprises[e], levels[e])) continue;
                byLevel[levels[e]] = byLevel.GetValueOrDefault(levels[e]) + 1;
                total++;
            }
            StratumPreview Row(string level, string method, double? ratio, int? count, int n) => new(i, rule.Id ?? "", rule.Department ?? "", level, method,
                ratio, count, n, Drawer.SampleSize(ratio is { } x ? (double.IsNaN(x) ? 0 : Math.Clamp(x, 0, 1)) : null, count, n), level == Drawer.AllLevels ? rule.TimesPerYear : rule.TimesFor(level));

            if (!drawn) strata.Add(Row(Drawer.AllLevels, "all", null, null, total));
            else if (rule.RatioByLevel is not null || rule.CountByLevel is not null)
            {
                foreach (var level in RiskLevels.All)
                {
                    double? ratio = rule.RatioByLevel?.TryGetValue(level, out var r) == true ? r : null;
                    int? count = rule.CountByLevel?.TryGetValue(level, out var c) == true ? c : null;
                    if (ratio is null && count is null) continue;
                    strata.Add(Row(level, "fixed", ratio, count, byLevel.GetValueOrDefault(level)));
                }
            }
            else strata.Add(Row(Drawer.AllLevels, rule.WeightByLevel is null ? "fixed" : "sps", rule.Ratio, rule.Count, total));
        }
        return strata;
    }
}
