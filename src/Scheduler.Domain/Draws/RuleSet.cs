namespace Scheduler.Domain.Draws;

/// <summary>The sampling rules of a county's departments for one year (rules.json, docs/draws.md).</summary>
public sealed record RuleSet
{
    public int FormatVersion { get; init; } = 1;

    /// <summary>The plan year, optional; when given it must be the register's.</summary>
    public int? Year { get; init; }

    /// <summary>The risk level of each colour for enterprises without a riskLevel; default green A, yellow B, red D.</summary>
    public IReadOnlyDictionary<string, string>? RiskLevelByColour { get; init; }

    public IReadOnlyList<DepartmentPolicy> Departments { get; init; } = [];
    public IReadOnlyList<SamplingRule> Rules { get; init; } = [];
}

/// <summary>What a department publishes for the year besides its rules (国办发〔2024〕54号).</summary>
public sealed record DepartmentPolicy
{
    public string Department { get; init; } = "";

    /// <summary>The most checks a year this department makes at one enterprise (its published cap); null: no cap.</summary>
    public int? MaxChecksPerEnterprise { get; init; }

    /// <summary>无事不扰: drawn rules leave level A alone; lists and triggered checks still reach it.</summary>
    public bool LeaveLevelAAlone { get; init; }
}
