using Scheduler.Domain.Model;

namespace Scheduler.Domain.Draws;

/// <summary>
/// One department's sampling rule (docs/draws.md): which check items, over which population, how much of each
/// risk level (a ratio or a count per level, or one ratio or count over the whole population with optional weights,
/// or nothing: every enterprise of the population), how often and when.
/// </summary>
public sealed record SamplingRule
{
    public string Id { get; init; } = "";
    public string Department { get; init; } = "";
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>routine (日常), special (专项) or triggered (个案: an explicit list, never drawn). See <see cref="RuleKinds"/>.</summary>
    public string Kind { get; init; } = RuleKinds.Routine;

    public PopulationFilter Population { get; init; } = new();

    /// <summary>Share of each level's enterprises to draw, 0–1; a level left out is not inspected by this rule.</summary>
    public IReadOnlyDictionary<string, double>? RatioByLevel { get; init; }

    /// <summary>Enterprises to draw of each level; a level left out is not inspected by this rule.</summary>
    public IReadOnlyDictionary<string, int>? CountByLevel { get; init; }

    /// <summary>Share of the whole population to draw, 0–1 (one stratum; weighted with <see cref="WeightByLevel"/>).</summary>
    public double? Ratio { get; init; }

    /// <summary>Enterprises to draw from the whole population (one stratum; weighted with <see cref="WeightByLevel"/>).</summary>
    public int? Count { get; init; }

    /// <summary>Relative weights by level for <see cref="Ratio"/> or <see cref="Count"/> (sequential Poisson sampling); default 1 each.</summary>
    public IReadOnlyDictionary<string, double>? WeightByLevel { get; init; }

    public int TimesPerYear { get; init; } = 1;

    /// <summary>Times a year by level, overriding <see cref="TimesPerYear"/> for the levels it names.</summary>
    public IReadOnlyDictionary<string, int>? TimesPerYearByLevel { get; init; }

    public IReadOnlyList<int> Months { get; init; } = Need.AllMonths;
    public int MinGapMonths { get; init; } = 1;
    public bool Standalone { get; init; }

    /// <summary>True when the rule names no ratio or count: every enterprise of its population (a list, 100%).</summary>
    public bool TakesAll => RatioByLevel is null && CountByLevel is null && Ratio is null && Count is null;

    /// <summary>The times a year an enterprise of <paramref name="level"/> is checked.</summary>
    public int TimesFor(string level) => TimesPerYearByLevel?.GetValueOrDefault(level) is int t and > 0 ? t : TimesPerYear;
}

/// <summary>The kinds of inspection of 国办发〔2024〕54号 a rule can be.</summary>
public static class RuleKinds
{
    /// <summary>日常: the routine random checks.</summary>
    public const string Routine = "routine";

    /// <summary>专项: a campaign on a theme.</summary>
    public const string Special = "special";

    /// <summary>个案: triggered by a complaint, a referral or a lead; an explicit list, never drawn.</summary>
    public const string Triggered = "triggered";

    public static readonly IReadOnlyList<string> All = [Routine, Special, Triggered];
}
