using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Validation;

namespace Scheduler.Domain.Draws;

/// <summary>
/// Checks a rule set against the register it will draw from and reports every problem with its JSON path in
/// rules.json and the rule it belongs to: ratios outside [0, 1], counts below 0, unknown departments, items,
/// industries, townships, tags, levels or enterprises, a cap below a rule's frequency, tier A drawn by a department
/// that leaves it alone, a population that matches no enterprise. Never throws on content.
/// </summary>
public static class RuleChecks
{
    public static IReadOnlyList<InputError> Check(Instance register, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new List<InputError>();
        void Add(string path, string message) => errors.Add(new InputError(path, message));

        if (rules.FormatVersion != 1) Add("$.formatVersion", $"formatVersion {rules.FormatVersion} is not known; this reader reads 1");
        if (rules.Year is { } year && year != register.Year) Add("$.year", $"the rules are for {year}, the register for {register.Year}");
        if (rules.RiskLevelByColour is { } byColour)
        {
            foreach (var (colour, level) in byColour)
            {
                if (!CreditTiers.All.Contains(colour)) Add($"$.riskLevelByColour.{colour}", $"'{RegisterChecks.Shorten(colour)}' is not a colour (green, yellow, red)");
                else if (!RiskLevels.IsLevel(level) || RiskLevels.Colour(level) != colour)
                    Add($"$.riskLevelByColour.{colour}", $"{colour} maps to '{RegisterChecks.Shorten(level ?? "")}'; {colour} may be {string.Join(" or ", RiskLevels.All.Where(l => RiskLevels.Colour(l) == colour))}");
            }
        }

        var known = new Known(register, rules.RiskLevelByColour);
        var policies = new Dictionary<string, (DepartmentPolicy Policy, int Index)>(StringComparer.Ordinal);
        var departments = rules.Departments ?? [];
        for (var i = 0; i < departments.Count; i++)
        {
            if (departments[i] is not { } policy) { Add($"$.departments[{i}]", "a null department policy"); continue; }
            var path = $"$.departments[{i}]";
            if (!known.Departments.Contains(policy.Department ?? "")) Add($"{path}.department", $"department '{RegisterChecks.Shorten(policy.Department ?? "")}' is not in the register's departments");
            else if (!policies.TryAdd(policy.Department!, (policy, i))) Add($"{path}.department", $"department {policy.Department} has a policy at $.departments[{policies[policy.Department!].Index}] already");
            if (policy.MaxChecksPerEnterprise is < 1 or > 12) Add($"{path}.maxChecksPerEnterprise", $"department {policy.Department}'s cap is {policy.MaxChecksPerEnterprise} checks a year; it must be 1-12 or left out");
        }

        var list = rules.Rules ?? [];
        if (list.Count == 0) Add("$.rules", "there are no rules; a draw needs at least one");
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"$.rules[{i}]";
            if (list[i] is not { } rule) { Add(path, "a null rule"); continue; }
            if (string.IsNullOrWhiteSpace(rule.Id)) Add($"{path}.id", $"rules[{i}] has no id; every rule needs a non-empty id");
            else if (!ids.TryAdd(rule.Id, i)) Add($"{path}.id", $"rule id '{RegisterChecks.Shorten(rule.Id)}' is used twice: $.rules[{ids[rule.Id]}] has it already");
            else if (TextLimits.Length(rule.Id) > TextLimits.MaxIdChars || TextLimits.FindControl(rule.Id) is not null) Add($"{path}.id", $"rule id is longer than {TextLimits.MaxIdChars} characters or holds a control character");
            var owner = $"rule {RegisterChecks.Shorten(rule.Id ?? "")}";
            policies.TryGetValue(rule.Department ?? "", out var policy);
            CheckRule(rule, path, owner, known, policy.Policy, policy.Policy is null ? null : $"$.departments[{policy.Index}]", register.Rules?.MaxVisitMinutes, Add);
        }
        return errors;
    }

    private static void CheckRule(SamplingRule rule, string path, string owner, Known known, DepartmentPolicy? policy, string? policyPath, int? maxMinutes, Action<string, string> add)
    {
        var department = rule.Department ?? "";
        var departmentKnown = known.Departments.Contains(department);
        if (!departmentKnown) add($"{path}.department", $"{owner} names department '{RegisterChecks.Shorten(department)}', which is not in the register's departments");

        // Items: known, of the rule's department, within one visit.
        var items = rule.Items ?? [];
        if (items.Count == 0) add($"{path}.items", $"{owner} names no check item; name at least one");
        long minutes = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < items.Count; j++)
        {
            if (!known.Items.TryGetValue(items[j] ?? "", out var item)) add($"{path}.items[{j}]", $"{owner} names check item '{RegisterChecks.Shorten(items[j] ?? "")}', which is not in the register's checkItems");
            else if (departmentKnown && item.Department != department) add($"{path}.items[{j}]", $"{owner} of department {department} names check item {item.Id} of department {item.Department}");
            else if (seen.Add(item.Id)) minutes += Math.Max(0, item.Minutes);
        }
        if (maxMinutes is { } max && minutes > max) add($"{path}.items", $"{owner}'s check items take {minutes} minutes on site, more than maxVisitMinutes {max}");

        var kind = rule.Kind ?? "";
        if (!RuleKinds.All.Contains(kind)) add($"{path}.kind", $"{owner}'s kind '{RegisterChecks.Shorten(kind)}' is not one of {string.Join(", ", RuleKinds.All)}");
        if (kind == RuleKinds.Triggered && !rule.TakesAll) add($"{path}.kind", $"{owner} is a triggered check (个案): it names its enterprises and is never drawn, so it takes no ratio or count");
        if (kind == RuleKinds.Triggered && rule.Population?.Enterprises is not { Count: > 0 }) add($"{path}.population.enterprises", $"{owner} is a triggered check (个案): name its enterprises");

        CheckSampling(rule, path, owner, policy, policyPath, add);
        CheckTimes(rule, path, owner, policy, policyPath, add);
        CheckPopulation(rule, path, owner, known, add);
    }

    private static void CheckSampling(SamplingRule rule, string path, string owner, DepartmentPolicy? policy, string? policyPath, Action<string, string> add)
    {
        var given = new[] { rule.RatioByLevel is not null, rule.CountByLevel is not null, rule.Ratio is not null, rule.Count is not null }.Count(g => g);
        if (given > 1) add(path, $"{owner} gives more than one of ratioByLevel, countByLevel, ratio, count; give one (or none for every enterprise of the population)");
        var leavesA = policy?.LeaveLevelAAlone == true && rule.Kind != RuleKinds.Triggered;
        if (rule.RatioByLevel is { } ratios)
        {
            foreach (var (level, ratio) in ratios)
            {
                var at = $"{path}.ratioByLevel.{level}";
                if (!RiskLevels.IsLevel(level)) add(at, $"{owner} gives a ratio for level '{RegisterChecks.Shorten(level)}'; levels are A, B, C, D");
                else if (!(ratio is >= 0 and <= 1)) add(at, $"{owner}'s ratio for level {level} is {ratio}; a ratio is 0 to 1 (0.2 = 20%)");
                else if (level == RiskLevels.A && ratio > 0 && leavesA) add(at, $"{owner} draws {ratio:0.###} of level A, but department {rule.Department} leaves level A alone (无事不扰, {policyPath}.leaveLevelAAlone)");
            }
        }
        if (rule.CountByLevel is { } counts)
        {
            foreach (var (level, count) in counts)
            {
                var at = $"{path}.countByLevel.{level}";
                if (!RiskLevels.IsLevel(level)) add(at, $"{owner} gives a count for level '{RegisterChecks.Shorten(level)}'; levels are A, B, C, D");
                else if (count < 0) add(at, $"{owner}'s count for level {level} is {count}; it must be at least 0");
                else if (level == RiskLevels.A && count > 0 && leavesA) add(at, $"{owner} draws {count} of level A, but department {rule.Department} leaves level A alone (无事不扰, {policyPath}.leaveLevelAAlone)");
            }
        }
        if (rule.Ratio is { } r && !(r is >= 0 and <= 1)) add($"{path}.ratio", $"{owner}'s ratio is {r}; a ratio is 0 to 1 (0.2 = 20%)");
        if (rule.Count is < 0) add($"{path}.count", $"{owner}'s count is {rule.Count}; it must be at least 0");
        if (rule.WeightByLevel is { } weights)
        {
            if (rule.Ratio is null && rule.Count is null) add($"{path}.weightByLevel", $"{owner} gives weights without a ratio or count over the whole population; weights go with ratio or count");
            foreach (var (level, weight) in weights)
            {
                if (!RiskLevels.IsLevel(level)) add($"{path}.weightByLevel.{level}", $"{owner} gives a weight for level '{RegisterChecks.Shorten(level)}'; levels are A, B, C, D");
                else if (!(weight > 0) || double.IsInfinity(weight)) add($"{path}.weightByLevel.{level}", $"{owner}'s weight for level {level} is {weight}; a weight is a positive number");
            }
        }
    }

    private static void CheckTimes(SamplingRule rule, string path, string owner, DepartmentPolicy? policy, string? policyPath, Action<string, string> add)
    {
        var months = rule.Months;
        var mask = 0;
        if (months is null || months.Count == 0) add($"{path}.months", $"{owner} has no months; leave the field out for all twelve");
        else
        {
            for (var j = 0; j < months.Count; j++)
            {
                if (!MonthSet.IsMonth(months[j])) add($"{path}.months[{j}]", $"{owner} names month {months[j]}; months are 1-12");
                else if (MonthSet.Contains(mask, months[j])) add($"{path}.months[{j}]", $"{owner} lists month {months[j]} twice");
                else mask |= MonthSet.Of(months[j]);
            }
        }
        if (rule.MinGapMonths < 1) add($"{path}.minGapMonths", $"{owner} has minGapMonths {rule.MinGapMonths}; it must be at least 1");
        var cap = policy?.MaxChecksPerEnterprise;
        void Times(int times, string at)
        {
            if (times is < 1 or > 12) { add(at, $"{owner} asks for {times} checks a year; it must be 1-12"); return; }
            if (cap is { } c && times > c) add(at, $"{owner} asks for {times} checks a year, above department {rule.Department}'s cap of {c} ({policyPath}.maxChecksPerEnterprise)");
            if (mask != 0 && rule.MinGapMonths >= 1 && MonthSet.MostOccurrences(mask, rule.MinGapMonths) < times)
                add(at, $"{owner} asks for {times} checks a year, but only {MonthSet.MostOccurrences(mask, rule.MinGapMonths)} fit in months {MonthSet.Describe(mask)} at least {rule.MinGapMonths} apart");
        }
        Times(rule.TimesPerYear, $"{path}.timesPerYear");
        if (rule.TimesPerYearByLevel is { } byLevel)
        {
            foreach (var (level, times) in byLevel)
            {
                if (!RiskLevels.IsLevel(level)) add($"{path}.timesPerYearByLevel.{level}", $"{owner} gives times for level '{RegisterChecks.Shorten(level)}'; levels are A, B, C, D");
                else Times(times, $"{path}.timesPerYearByLevel.{level}");
            }
        }
    }

    private static void CheckPopulation(SamplingRule rule, string path, string owner, Known known, Action<string, string> add)
    {
        var filter = rule.Population ?? new PopulationFilter();
        var before = 0;
        void Names(IReadOnlyList<string>? names, string field, string noun, Func<string, bool> isKnown)
        {
            if (names is null) return;
            if (names.Count == 0) add($"{path}.population.{field}", $"{owner}'s population.{field} is empty; leave it out to take every {noun}");
            for (var j = 0; j < names.Count; j++)
            {
                if (!isKnown(names[j] ?? "")) { add($"{path}.population.{field}[{j}]", $"{owner} names {noun} '{RegisterChecks.Shorten(names[j] ?? "")}', which no enterprise of the register has"); before++; }
            }
        }
        Names(filter.Industries, "industries", "industry", known.Industries.Contains);
        Names(filter.Townships, "townships", "township", known.Townships.Contains);
        Names(filter.RiskLevels, "riskLevels", "risk level", RiskLevels.IsLevel);
        Names(filter.Tags, "tags", "tag", known.Tags.Contains);
        Names(filter.Enterprises, "enterprises", "enterprise", known.Enterprises.Contains);
        if (before > 0) return;
        if (!known.AnyMatches(filter)) add($"{path}.population", $"{owner}'s population matches no enterprise of the register");
    }

    /// <summary>The register's names, each looked up once.</summary>
    private sealed class Known
    {
        private readonly Instance _register;
        private readonly IReadOnlyDictionary<string, string>? _byColour;

        public Known(Instance register, IReadOnlyDictionary<string, string>? byColour)
        {
            _register = register;
            _byColour = byColour;
            var enterprises = (register.Enterprises ?? []).Where(e => e is not null).ToList();
            Departments = (register.Departments ?? []).Where(d => d is not null).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            Items = new Dictionary<string, CheckItem>(StringComparer.Ordinal);
            foreach (var item in register.CheckItems ?? []) if (item is not null) Items.TryAdd(item.Id, item);
            Industries = enterprises.Where(e => e.Industry is not null).Select(e => e.Industry!).ToHashSet(StringComparer.Ordinal);
            Townships = (register.Townships ?? []).Where(t => t is not null).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            Tags = enterprises.SelectMany(e => e.Tags ?? []).Where(t => t is not null).ToHashSet(StringComparer.Ordinal);
            Enterprises = enterprises.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        }

        public HashSet<string> Departments { get; }
        public Dictionary<string, CheckItem> Items { get; }
        public HashSet<string> Industries { get; }
        public HashSet<string> Townships { get; }
        public HashSet<string> Tags { get; }
        public HashSet<string> Enterprises { get; }

        public bool AnyMatches(PopulationFilter filter)
        {
            var population = new Population(filter);
            return (_register.Enterprises ?? []).Any(e => e is not null && population.Matches(e, RiskLevels.Of(e, _byColour)));
        }
    }
}
