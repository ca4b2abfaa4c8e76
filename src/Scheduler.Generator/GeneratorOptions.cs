namespace Scheduler.Generator;

/// <summary>What county to generate.</summary>
public sealed record GeneratorOptions
{
    /// <summary>Inspected enterprises, 1 to 2,000,000 (a county has 10,000–30,000; a province about a million).</summary>
    public int Enterprises { get; init; } = 300;

    public int Seed { get; init; } = 1;

    public int Year { get; init; } = 2026;

    /// <summary>Capacity = ceil(witness load × slack), at least 1. 1.0 makes a tight instance; must be ≥ 1.</summary>
    public double CapacitySlack { get; init; } = 1.15;

    /// <summary>Cap green enterprises at this many visits a year (null: the generator's default, 2).</summary>
    public int? GreenCap { get; init; }

    /// <summary>Keep needs no plan can hold (so the instance is infeasible on purpose); the witness lists them as unassigned.</summary>
    public bool Infeasible { get; init; }

    /// <summary>The instance name; null: "xiangshan-{enterprises}-s{seed}", with "-infeasible" when <see cref="Infeasible"/>.</summary>
    public string? Name { get; init; }

    /// <summary>rules.maxDepartmentsPerVisit of the instance.</summary>
    public int MaxDepartmentsPerVisit { get; init; } = 4;

    /// <summary>rules.maxVisitMinutes of the instance; at least 120 (the longest check item).</summary>
    public int MaxVisitMinutes { get; init; } = 240;

    /// <summary>The county's officers: <see cref="StaffSize.Scaled"/> (the default, ~370 per 12,000 enterprises),
    /// <see cref="StaffSize.Fixed"/> N, or <see cref="StaffSize.Sized"/> from the witness plan.</summary>
    public StaffSize Staff { get; init; } = StaffSize.Scaled;

    /// <summary>Also give every enterprise what draws need (credit code, risk level, tags; docs/draws.md). Off by default, so the
    /// counties (and samples) generated before draws stay byte-identical.</summary>
    public bool DrawFields { get; init; }

    public const int DefaultGreenCap = 2;

    /// <summary>The name the instance gets.</summary>
    public string ResolvedName => Name ?? $"xiangshan-{Enterprises}-s{Seed}{(Infeasible ? "-infeasible" : "")}";
}
