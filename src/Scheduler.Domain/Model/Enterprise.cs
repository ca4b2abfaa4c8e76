namespace Scheduler.Domain.Model;

/// <summary>An inspected enterprise.</summary>
public sealed record Enterprise
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Township { get; init; } = "";
    public GeoPoint Location { get; init; } = new(0, 0);

    /// <summary>One of <see cref="CreditTiers"/>.</summary>
    public string CreditTier { get; init; } = CreditTiers.Yellow;

    public string? Industry { get; init; }

    /// <summary>Months (1–12) with no visit: seasonal firms, fishing moratorium.</summary>
    public IReadOnlyList<int> ClosedMonths { get; init; } = [];

    /// <summary>统一社会信用代码 (18 characters, GB 32100-2015), optional; draws key an enterprise's public random number on it (docs/draws.md).</summary>
    public string? CreditCode { get; init; }

    /// <summary>Credit-risk level A–D (A lowest risk), optional; absent, draws map <see cref="CreditTier"/> to a level (docs/draws.md).</summary>
    public string? RiskLevel { get; init; }

    /// <summary>Lists the enterprise is on (重点监管 …), optional; null when the file has none, so today's files re-write unchanged.</summary>
    public IReadOnlyList<string>? Tags { get; init; }
}
