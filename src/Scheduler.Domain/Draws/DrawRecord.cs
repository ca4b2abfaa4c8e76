namespace Scheduler.Domain.Draws;

/// <summary>
/// The published record of one draw (draw.json, docs/draws.md): enough, with the register and the rules, for anyone
/// to replay it exactly: the seed, the mode, the algorithm and its version, each stratum's start, population, size
/// and selected enterprises, and every enterprise's public random number.
/// </summary>
public sealed record DrawRecord
{
    public int FormatVersion { get; init; } = 1;
    public string Algorithm { get; init; } = PermanentRandom.Algorithm;
    public int AlgorithmVersion { get; init; } = PermanentRandom.Version;
    public long Seed { get; init; }

    /// <summary>coordinated, independent or spread (<see cref="DrawModes"/>).</summary>
    public string Mode { get; init; } = DrawModes.Coordinated;

    /// <summary>The register's name and year.</summary>
    public string Register { get; init; } = "";
    public int Year { get; init; }

    /// <summary>SHA-256 (hex) of the register and rules files drawn from, when drawn from files.</summary>
    public string? RegisterSha256 { get; init; }
    public string? RulesSha256 { get; init; }

    /// <summary>With spread: SHA-256 of the previous year's draw.json.</summary>
    public string? PreviousSha256 { get; init; }

    /// <summary>The start of each level's strata (coordinated: 0; spread: last year's start moved past last year's largest ratio); empty when independent.</summary>
    public IReadOnlyDictionary<string, double> Starts { get; init; } = new Dictionary<string, double>();

    public IReadOnlyList<DrawStratum> Strata { get; init; } = [];

    /// <summary>Drawn enterprises whose need was cut or dropped (the department's cap, months closed).</summary>
    public IReadOnlyList<DrawAdjustment> Adjustments { get; init; } = [];

    public IReadOnlyList<PublicNumber> Numbers { get; init; } = [];
}

/// <summary>One stratum of one rule: its population, how many were drawn and who, in order of selection.</summary>
public sealed record DrawStratum
{
    public string Rule { get; init; } = "";
    public string Department { get; init; } = "";

    /// <summary>A–D, or "all" for a stratum over the rule's whole population.</summary>
    public string Level { get; init; } = "";

    /// <summary>fixed (the n smallest (u − a) mod 1), sps (sequential Poisson: (u − a) mod 1 divided by the weight) or all (no draw: a list or a triggered check).</summary>
    public string Method { get; init; } = "";
    public double? Ratio { get; init; }
    public int? Count { get; init; }
    public int Population { get; init; }
    public int SampleSize { get; init; }

    /// <summary>The start a, a 53-bit fraction.</summary>
    public double Start { get; init; }
    public IReadOnlyList<string> Selected { get; init; } = [];
}

/// <summary>A drawn enterprise whose checks were cut: <see cref="TimesGiven"/> 0 means no need was made.</summary>
public sealed record DrawAdjustment(string Rule, string Enterprise, int TimesAsked, int TimesGiven, string Reason);

/// <summary>An enterprise's public number u in [0, 1) and the key it was derived from (its credit code, or "id:" and its id).</summary>
public sealed record PublicNumber(string Enterprise, string Key, double U);

/// <summary>How the departments' starts are set.</summary>
public static class DrawModes
{
    /// <summary>One common start: samples nest, the most overlap possible.</summary>
    public const string Coordinated = "coordinated";

    /// <summary>A start per department and rule from the seed: samples as if drawn apart.</summary>
    public const string Independent = "independent";

    /// <summary>Last year's starts moved past last year's ratios: last year's enterprises come last.</summary>
    public const string Spread = "spread";

    public static readonly IReadOnlyList<string> All = [Coordinated, Independent, Spread];
}
