using Scheduler.Domain.Model;
using Scheduler.Domain.Validation;

namespace Scheduler.Domain.Draws;

/// <summary>
/// Draws the enterprises each rule inspects (docs/draws.md) and turns them into needs. Per rule and stratum the
/// sample is the n enterprises with the smallest (u − a) mod 1 (fixed size), or the smallest ((u − a) mod 1) / weight
/// (sequential Poisson sampling, Ohlsson 1995); ties go to the smaller id (ordinal). Lists and triggered checks take
/// their whole population. Rules are applied in file order; a department's cap per enterprise cuts later rules'
/// checks, and a need's checks are cut to what fits in the months its enterprise is open.
/// </summary>
/// <remarks>Call <see cref="RuleChecks.Check"/> and <see cref="RegisterChecks.Check"/> first: the drawer assumes valid input.</remarks>
public static class Drawer
{
    public const string AllLevels = "all";

    public static DrawOutcome Draw(Instance register, RuleSet rules, DrawRequest request)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(request);
        if (!DrawModes.All.Contains(request.Mode)) throw new ArgumentException($"unknown mode {request.Mode}", nameof(request));

        var enterprises = register.Enterprises;
        var count = enterprises.Count;
        var keys = new string[count];
        var numbers = new ulong[count];
        var levels = new string[count];
        var closed = new int[count];
        var publicNumbers = new PublicNumber[count];
        var index = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var e = 0; e < count; e++)
        {
            var enterprise = enterprises[e];
            keys[e] = PermanentRandom.KeyOf(enterprise);
            numbers[e] = PermanentRandom.Number(request.Seed, keys[e]);
            levels[e] = RiskLevels.Of(enterprise, rules.RiskLevelByColour);
            closed[e] = MonthSet.Of(enterprise.ClosedMonths);
            publicNumbers[e] = new PublicNumber(enterprise.Id, keys[e], PermanentRandom.Fraction(numbers[e]));
            index.TryAdd(enterprise.Id, e);
        }

        var starts = Starts(request);
        var policies = (rules.Departments ?? []).GroupBy(p => p.Department, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var strata = new List<DrawStratum>();
        var inclusion = new List<(int[], double[])>();
        var needs = new List<Need>();
        var adjustments = new List<DrawAdjustment>();
        var used = new Dictionary<(string Department, int Enterprise), int>();
        var needIds = new HashSet<string>(StringComparer.Ordinal);

        foreach (var rule in rules.Rules)
        {
            policies.TryGetValue(rule.Department, out var policy);
            var drawn = rule.Kind != RuleKinds.Triggered && !rule.TakesAll;
            var leaveA = drawn && policy?.LeaveLevelAAlone == true;
            var population = new Population(rule.Population ?? new PopulationFilter());
            var members = new List<int>();
            for (var e = 0; e < count; e++)
            {
                if (leaveA && levels[e] == RiskLevels.A) continue;
                if (population.Matches(enterprises[e], levels[e])) members.Add(e);
            }
            var ruleStart = request.Mode == DrawModes.Independent ? PermanentRandom.Start(request.Seed, rule.Department, rule.Id) : (ulong?)null;
            ulong StartOf(string level) => ruleStart ?? PermanentRandom.FromFraction(starts.GetValueOrDefault(level));

            var ruleStrata = new List<(DrawStratum Stratum, int[] Selected)>();
            if (!drawn)
            {
                var all = members.ToArray();
                ruleStrata.Add((Stratum(rule, AllLevels, "all", null, null, all.Length, 0, all, enterprises), all));
                inclusion.Add((all, Enumerable.Repeat(1.0, all.Length).ToArray()));
            }
            else if (rule.RatioByLevel is not null || rule.CountByLevel is not null)
            {
                foreach (var level in RiskLevels.All)
                {
                    double? ratio = rule.RatioByLevel?.TryGetValue(level, out var r) == true ? r : null;
                    int? wanted = rule.CountByLevel?.TryGetValue(level, out var c) == true ? c : null;
                    if (ratio is null && wanted is null) continue;
                    var stratum = members.Where(e => levels[e] == level).ToArray();
                    var n = SampleSize(ratio, wanted, stratum.Length);
                    var start = StartOf(level);
                    var selected = Fixed(stratum, n, start, numbers, enterprises);
                    ruleStrata.Add((Stratum(rule, level, "fixed", ratio, wanted, stratum.Length, start, selected, enterprises), selected));
                    inclusion.Add((stratum, Enumerable.Repeat(stratum.Length == 0 ? 0 : (double)n / stratum.Length, stratum.Length).ToArray()));
                }
            }
            else
            {
                var stratum = members.ToArray();
                var n = SampleSize(rule.Ratio, rule.Count, stratum.Length);
                var start = StartOf(AllLevels);
                if (rule.WeightByLevel is { } weights)
                {
                    var w = stratum.Select(e => weights.TryGetValue(levels[e], out var x) ? x : 1.0).ToArray();
                    var selected = Sequential(stratum, w, n, start, numbers, enterprises);
                    ruleStrata.Add((Stratum(rule, AllLevels, "sps", rule.Ratio, rule.Count, stratum.Length, start, selected, enterprises), selected));
                    var total = w.Sum();
                    inclusion.Add((stratum, w.Select(x => total <= 0 ? 0 : Math.Min(1, n * x / total)).ToArray()));
                }
                else
                {
                    var selected = Fixed(stratum, n, start, numbers, enterprises);
                    ruleStrata.Add((Stratum(rule, AllLevels, "fixed", rule.Ratio, rule.Count, stratum.Length, start, selected, enterprises), selected));
                    inclusion.Add((stratum, Enumerable.Repeat(stratum.Length == 0 ? 0 : (double)n / stratum.Length, stratum.Length).ToArray()));
                }
            }

            foreach (var (stratum, selected) in ruleStrata)
            {
                strata.Add(stratum);
                foreach (var e in selected)
                    AddNeed(rule, policy, e, levels[e], closed[e], enterprises[e].Id, used, needs, needIds, adjustments);
            }
        }

        var record = new DrawRecord
        {
            Seed = request.Seed,
            Mode = request.Mode,
            Register = register.Name,
            Year = register.Year,
            RegisterSha256 = request.RegisterSha256,
            RulesSha256 = request.RulesSha256,
            PreviousSha256 = request.Mode == DrawModes.Spread ? request.PreviousSha256 : null,
            Starts = request.Mode == DrawModes.Independent ? new Dictionary<string, double>() : starts,
            Strata = strata,
            Adjustments = adjustments,
            Numbers = publicNumbers,
        };
        return new DrawOutcome(register with { Needs = needs }, record) { Inclusion = inclusion };
    }

    /// <summary>n = round(ratio × population), half up, computed in decimal so 0.05 × 10 is 0.5 exactly and gives 1; a count is cut to the population.</summary>
    public static int SampleSize(double? ratio, int? count, int population)
    {
        if (count is { } c) return Math.Clamp(c, 0, population);
        if (ratio is not { } r) return population;
        var n = Math.Round((decimal)r * population, MidpointRounding.AwayFromZero);
        return (int)Math.Clamp(n, 0, population);
    }

    /// <summary>The starts of each level's strata: coordinated 0; spread last year's start moved by last year's largest achieved ratio of that level.</summary>
    private static Dictionary<string, double> Starts(DrawRequest request)
    {
        var keys = RiskLevels.All.Append(AllLevels).ToArray();
        if (request.Mode == DrawModes.Spread && request.Starts is { } given)
            return keys.ToDictionary(k => k, k => given.GetValueOrDefault(k));
        if (request.Mode != DrawModes.Spread || request.Previous is not { } previous)
            return keys.ToDictionary(k => k, _ => 0.0);
        var starts = new Dictionary<string, double>();
        foreach (var key in keys)
        {
            var shift = previous.Strata
                .Where(s => s.Level == key && s.Method != "all" && s.Population > 0)
                .Select(s => (double)s.SampleSize / s.Population)
                .DefaultIfEmpty(0)
                .Max();
            var start = PermanentRandom.FromFraction(previous.Starts.GetValueOrDefault(key) + shift);
            starts[key] = PermanentRandom.Fraction(start);
        }
        return starts;
    }

    private static int[] Fixed(int[] stratum, int n, ulong start, ulong[] numbers, IReadOnlyList<Enterprise> enterprises)
    {
        if (n == 0) return [];
        var keys = stratum.Select(e => PermanentRandom.Distance(numbers[e], start)).ToArray();
        var order = (int[])stratum.Clone();
        Array.Sort(keys, order, Comparer<ulong>.Default);
        // Equal keys (two enterprises with one number) go to the smaller id.
        return TieBreak(keys, order, enterprises).Take(n).ToArray();
    }

    private static int[] Sequential(int[] stratum, double[] weights, int n, ulong start, ulong[] numbers, IReadOnlyList<Enterprise> enterprises)
    {
        if (n == 0) return [];
        var keys = new double[stratum.Length];
        for (var k = 0; k < stratum.Length; k++)
            keys[k] = PermanentRandom.Fraction(PermanentRandom.Distance(numbers[stratum[k]], start)) / weights[k];
        var order = (int[])stratum.Clone();
        Array.Sort(keys, order, Comparer<double>.Default);
        return TieBreak(keys, order, enterprises).Take(n).ToArray();
    }

    private static IEnumerable<int> TieBreak<T>(T[] keys, int[] order, IReadOnlyList<Enterprise> enterprises) where T : IEquatable<T>
    {
        var k = 0;
        while (k < order.Length)
        {
            var end = k + 1;
            while (end < order.Length && keys[end].Equals(keys[k])) end++;
            if (end - k == 1) yield return order[k];
            else foreach (var e in order[k..end].OrderBy(e => enterprises[e].Id, StringComparer.Ordinal)) yield return e;
            k = end;
        }
    }

    private static DrawStratum Stratum(SamplingRule rule, string level, string method, double? ratio, int? count, int population, ulong start, int[] selected, IReadOnlyList<Enterprise> enterprises) => new()
    {
        Rule = rule.Id,
        Department = rule.Department,
        Level = level,
        Method = method,
        Ratio = ratio,
        Count = count,
        Population = population,
        SampleSize = selected.Length,
        Start = PermanentRandom.Fraction(start),
        Selected = selected.Select(e => enterprises[e].Id).ToArray(),
    };

    private static void AddNeed(SamplingRule rule, DepartmentPolicy? policy, int e, string level, int closed, string enterpriseId,
        Dictionary<(string, int), int> used, List<Need> needs, HashSet<string> needIds, List<DrawAdjustment> adjustments)
    {
        var asked = rule.TimesFor(level);
        var times = asked;
        string? reason = null;
        var already = used.GetValueOrDefault((rule.Department, e));
        if (policy?.MaxChecksPerEnterprise is { } cap && already + times > cap)
        {
            times = Math.Max(0, cap - already);
            reason = $"department {rule.Department}'s cap of {cap} checks a year at one enterprise";
        }
        var open = MonthSet.Of(rule.Months) & ~closed;
        var fit = MonthSet.MostOccurrences(open, rule.MinGapMonths);
        if (times > fit)
        {
            times = fit;
            reason = fit == 0 ? "closed in every month of the rule" : $"only {fit} checks fit in its open months ({MonthSet.Describe(open)})";
        }
        if (reason is not null) adjustments.Add(new DrawAdjustment(rule.Id, enterpriseId, asked, times, reason));
        if (times == 0) return;
        used[(rule.Department, e)] = already + times;
        var id = $"{rule.Id}:{enterpriseId}";
        if (id.Length > TextLimits.MaxIdChars || !needIds.Add(id))
        {
            id = $"D{needs.Count + 1}";
            while (!needIds.Add(id)) id += "'";
        }
        needs.Add(new Need
        {
            Id = id,
            Department = rule.Department,
            Enterprise = enterpriseId,
            Items = rule.Items,
            TimesPerYear = times,
            Months = rule.Months,
            MinGapMonths = rule.MinGapMonths,
            Standalone = rule.Standalone,
        });
    }
}
