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
}
