namespace Scheduler.Domain.Plans;

/// <summary>A joint team that sets out from a township office on one date and makes its visits in order.</summary>
public sealed record TeamDay
{
    public string Id { get; init; } = "";
    public DateOnly Date { get; init; }
    public string Township { get; init; } = "";
    public IReadOnlyList<string> Inspectors { get; init; } = [];

    /// <summary>Annual-plan visit ids in the order they are made.</summary>
    public IReadOnlyList<string> Visits { get; init; } = [];

    /// <summary>Who goes when: the date and the officers in id order, the same text for the same team in any plan (a
    /// replan's months compared with the published ones).</summary>
    public string Team() => $"{Date:yyyy-MM-dd}|{string.Join(",", Inspectors.Order(StringComparer.Ordinal))}";
}
