namespace Scheduler.Generator;

/// <summary>What county to generate.</summary>
public sealed record GeneratorOptions
{
    public int Enterprises { get; init; } = 300;
    public int Seed { get; init; } = 1;
    public int Year { get; init; } = 2026;

    /// <summary>Capacity = ceil(witness load × slack). 1.0 makes a tight instance.</summary>
    public double CapacitySlack { get; init; } = 1.15;

    /// <summary>Cap green enterprises at this many visits a year (null: the generator's default).</summary>
    public int? GreenCap { get; init; }

    /// <summary>Keep needs no plan can hold (so the instance is infeasible on purpose).</summary>
    public bool Infeasible { get; init; }
}
