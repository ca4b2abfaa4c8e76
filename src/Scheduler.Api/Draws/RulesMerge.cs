using Scheduler.Data.Stores;
using Scheduler.Domain.Draws;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Draws;

/// <summary>
/// The county's rules.json from every department's latest version: departments in id order, each one's policies and
/// rules in its file order. The colour mapping (riskLevelByColour) is county-wide: departments that give one must agree.
/// </summary>
public static class RulesMerge
{
    public static (RuleSet? Rules, IReadOnlyList<InputError> Errors) Merge(int year, IReadOnlyList<RuleVersion> latest)
    {
        if (latest.Count == 0) return (null, [new InputError("rules", $"no department has submitted sampling rules for {year}; nothing to draw")]);
        IReadOnlyDictionary<string, string>? byColour = null;
        string? mappedBy = null;
        var policies = new List<DepartmentPolicy>();
        var rules = new List<SamplingRule>();
        var errors = new List<InputError>();
        foreach (var version in latest.OrderBy(v => v.Department, StringComparer.Ordinal))
        {
            var set = DrawJson.ReadRules(version.RulesJson).Value ?? new RuleSet();
            if (set.RiskLevelByColour is { } mine)
            {
                if (byColour is null) (byColour, mappedBy) = (mine, version.Department);
                else if (!Same(byColour, mine))
                    errors.Add(new InputError($"{version.Department}.riskLevelByColour",
                        $"{version.Department} (rules version {version.Version}) maps colours to levels differently from {mappedBy}; the mapping is the county's: agree on one"));
            }
            policies.AddRange(set.Departments);
            rules.AddRange(set.Rules);
        }
        if (errors.Count > 0) return (null, errors);
        return (new RuleSet { Year = year, RiskLevelByColour = byColour, Departments = policies, Rules = rules }, []);
    }

    private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);
}
