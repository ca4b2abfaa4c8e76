namespace Scheduler.Domain.Draws;

/// <summary>
/// What a draw achieved (docs/draws.md): per department its sample against its rules; across departments the overlap
/// of their samples against the most possible, Σ over department pairs and enterprises of min(π₁, π₂); and the
/// visits merging needs at the least. With <see cref="Comparison"/>, the same figures of the other mode on the same rules.
/// </summary>
public sealed record DrawFigures
{
    public string Mode { get; init; } = "";
    public int Strata { get; init; }

    /// <summary>Drawn needs and their occurrences.</summary>
    public int Needs { get; init; }
    public int Occurrences { get; init; }

    /// <summary>Distinct (enterprise, department) pairs drawn, and their expectation Σ π.</summary>
    public int DepartmentChecks { get; init; }
    public double ExpectedDepartmentChecks { get; init; }

    /// <summary>Distinct enterprises drawn by any department; the fewest possible in expectation (Σₑ maxⱼ πₑⱼ, samples fully nested) and the expectation when departments draw apart (Σₑ 1 − Πⱼ(1 − πₑⱼ)).</summary>
    public int DistinctEnterprises { get; init; }
    public double FewestEnterprisesExpected { get; init; }
    public double IndependentEnterprisesExpected { get; init; }

    /// <summary>Σ over department pairs of the enterprises both drew, and the most possible: Σ over pairs and enterprises of min(π₁, π₂).</summary>
    public int PairOverlap { get; init; }
    public double PairOverlapBound { get; init; }

    /// <summary>Visits after merging at the least (Σₑ the most times a year of its needs, the spec's lowerBound), and the status quo (each department alone, separateVisits).</summary>
    public int MergedVisitsBound { get; init; }
    public int SeparateVisits { get; init; }

    /// <summary>
    /// Visits after merging at the least under two of the instance's visit rules as well: a visit holds at most
    /// maxDepartmentsPerVisit departments, and a visit holding a standalone need holds its department only. Per enterprise,
    /// with Tᵈ the most times a year of department d's needs and Sᵈ of its standalone ones: max(maxᵈ Tᵈ, Σ Sᵈ + ⌈Σ (Tᵈ − Sᵈ) / cap⌉).
    /// No planner can go below it; a draw's gain is bounded by it too (docs/draws.md §4).
    /// </summary>
    public int MergedVisitsRulesBound { get; init; }

    public IReadOnlyList<DepartmentDrawFigures> Departments { get; init; } = [];

    /// <summary>The other mode drawn on the same rules (coordinated against independent), when asked for.</summary>
    public DrawFigures? Comparison { get; init; }

    /// <summary>1 − this mode's merged visits / the comparison's: how many fewer visits (coordinated against independent: the gain).</summary>
    public double? FewerMergedVisits { get; init; }

    /// <summary>The same gain on <see cref="MergedVisitsRulesBound"/>: what merging can reach under the visit rules.</summary>
    public double? FewerMergedVisitsUnderRules { get; init; }

    public static DrawFigures Of(DrawOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var record = outcome.Record;
        var enterprises = outcome.Instance.Enterprises;
        var index = new Dictionary<string, int>(enterprises.Count, StringComparer.Ordinal);
        for (var e = 0; e < enterprises.Count; e++) index.TryAdd(enterprises[e].Id, e);

        // π per enterprise and department: the largest over the department's strata holding it (its rules' samples nest when coordinated).
        var departments = record.Strata.Select(s => s.Department).Distinct(StringComparer.Ordinal).ToArray();
        var dIndex = departments.Select((d, k) => (d, k)).ToDictionary(x => x.d, x => x.k, StringComparer.Ordinal);
        var pi = new Dictionary<int, double[]>();
        var drawn = new Dictionary<int, bool[]>();
        for (var s = 0; s < record.Strata.Count; s++)
        {
            var stratum = record.Strata[s];
            var d = dIndex[stratum.Department];
            var (members, inclusion) = s < outcome.Inclusion.Count ? outcome.Inclusion[s] : ([], []);
            for (var k = 0; k < members.Length; k++)
            {
                if (!pi.TryGetValue(members[k], out var row)) pi[members[k]] = row = new double[departments.Length];
                row[d] = Math.Max(row[d], inclusion[k]);
            }
            foreach (var id in stratum.Selected)
            {
                var e = index[id];
                if (!drawn.TryGetValue(e, out var row)) drawn[e] = row = new bool[departments.Length];
                row[d] = true;
            }
        }

        double expectedChecks = 0, fewest = 0, independent = 0, overlapBound = 0;
        foreach (var row in pi.Values)
        {
            double none = 1, most = 0;
            for (var j = 0; j < row.Length; j++)
            {
                expectedChecks += row[j];
                none *= 1 - row[j];
                most = Math.Max(most, row[j]);
                for (var k = j + 1; k < row.Length; k++) overlapBound += Math.Min(row[j], row[k]);
            }
            fewest += most;
            independent += 1 - none;
        }
        var checks = 0;
        var overlap = 0;
        foreach (var row in drawn.Values)
        {
            var c = row.Count(x => x);
            checks += c;
            overlap += c * (c - 1) / 2;
        }

        var needs = outcome.Instance.Needs;
        var merged = needs.GroupBy(n => n.Enterprise, StringComparer.Ordinal).Sum(g => g.Max(n => n.TimesPerYear));
        var separate = needs.GroupBy(n => (n.Enterprise, n.Department)).Sum(g => g.Max(n => n.TimesPerYear));
        var underRules = RulesBound(needs, Math.Max(1, outcome.Instance.Rules.MaxDepartmentsPerVisit));

        var perDepartment = departments.Select(department =>
        {
            var strata = record.Strata.Where(s => s.Department == department).ToArray();
            var d = dIndex[department];
            return new DepartmentDrawFigures
            {
                Department = department,
                Rules = strata.Select(s => s.Rule).Distinct(StringComparer.Ordinal).Count(),
                Population = PopulationOf(outcome, record, department),
                Asked = Math.Round(strata.Sum(Asked), 1),
                Drawn = strata.Sum(s => s.SampleSize),
                Enterprises = drawn.Values.Count(row => row[d]),
                ShortStrata = strata.Count(s => s.Count is { } c && c > s.Population),
                Needs = needs.Count(n => n.Department == department),
            };
        }).ToArray();

        return new DrawFigures
        {
            Mode = record.Mode,
            Strata = record.Strata.Count,
            Needs = needs.Count,
            Occurrences = needs.Sum(n => n.TimesPerYear),
            DepartmentChecks = checks,
            ExpectedDepartmentChecks = Math.Round(expectedChecks, 1),
            DistinctEnterprises = drawn.Count,
            FewestEnterprisesExpected = Math.Round(fewest, 1),
            IndependentEnterprisesExpected = Math.Round(independent, 1),
            PairOverlap = overlap,
            PairOverlapBound = Math.Round(overlapBound, 1),
            MergedVisitsBound = merged,
            SeparateVisits = separate,
            MergedVisitsRulesBound = underRules,
            Departments = perDepartment,
        };
    }

    /// <summary>These figures with <paramref name="other"/> (the other mode on the same rules) as their comparison.</summary>
    public DrawFigures ComparedWith(DrawFigures other) => this with
    {
        Comparison = other with { Comparison = null, FewerMergedVisits = null, Departments = [] },
        FewerMergedVisits = other.MergedVisitsBound == 0 ? null : Math.Round(1 - (double)MergedVisitsBound / other.MergedVisitsBound, 4),
        FewerMergedVisitsUnderRules = other.MergedVisitsRulesBound == 0 ? null : Math.Round(1 - (double)MergedVisitsRulesBound / other.MergedVisitsRulesBound, 4),
    };

    /// <summary><see cref="MergedVisitsRulesBound"/> over the drawn needs.</summary>
    public static int RulesBound(IReadOnlyList<Model.Need> needs, int departmentsPerVisit)
    {
        ArgumentNullException.ThrowIfNull(needs);
        var total = 0;
        foreach (var enterprise in needs.GroupBy(n => n.Enterprise, StringComparer.Ordinal))
        {
            int most = 0, alone = 0, shared = 0;
            foreach (var department in enterprise.GroupBy(n => n.Department, StringComparer.Ordinal))
            {
                var times = department.Max(n => n.TimesPerYear);
                var standalone = department.Where(n => n.Standalone).Select(n => n.TimesPerYear).DefaultIfEmpty(0).Max();
                most = Math.Max(most, times);
                alone += standalone;
                shared += times - standalone;
            }
            total += Math.Max(most, alone + (shared + departmentsPerVisit - 1) / departmentsPerVisit);
        }
        return total;
    }

    private static int PopulationOf(DrawOutcome outcome, DrawRecord record, string department)
    {
        var members = new HashSet<int>();
        for (var s = 0; s < record.Strata.Count && s < outcome.Inclusion.Count; s++)
            if (record.Strata[s].Department == department) members.UnionWith(outcome.Inclusion[s].Members);
        return members.Count;
    }

    /// <summary>What the rule asked of a stratum: ratio × population (unrounded), a count, or the whole population.</summary>
    private static double Asked(DrawStratum s) =>
        s.Count is { } c ? c : s.Ratio is { } r ? r * s.Population : s.Population;
}

/// <summary>One department's draw: its rules, the enterprises in their populations, what they asked (Σ ratio × population or counts) against what was drawn.</summary>
public sealed record DepartmentDrawFigures
{
    public string Department { get; init; } = "";
    public int Rules { get; init; }
    public int Population { get; init; }
    public double Asked { get; init; }
    public int Drawn { get; init; }

    /// <summary>Distinct enterprises drawn by the department's rules.</summary>
    public int Enterprises { get; init; }

    /// <summary>Strata whose count asked for more enterprises than they hold (all were taken).</summary>
    public int ShortStrata { get; init; }
    public int Needs { get; init; }
}
