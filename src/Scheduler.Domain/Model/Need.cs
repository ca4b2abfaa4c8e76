namespace Scheduler.Domain.Model;

/// <summary>What one department asks for one enterprise.</summary>
public sealed record Need
{
    public static readonly IReadOnlyList<int> AllMonths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    public string Id { get; init; } = "";
    public string Department { get; init; } = "";
    public string Enterprise { get; init; } = "";

    /// <summary>Check-item ids, all of <see cref="Department"/>.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>How many occurrences the year needs, 1–12.</summary>
    public int TimesPerYear { get; init; } = 1;

    /// <summary>Months an occurrence may fall in; the spec's default is all twelve.</summary>
    public IReadOnlyList<int> Months { get; init; } = AllMonths;

    /// <summary>Consecutive occurrences lie at least this many months apart (no wrap-around).</summary>
    public int MinGapMonths { get; init; } = 1;

    /// <summary>Its visits carry this department only (unannounced or covert checks).</summary>
    public bool Standalone { get; init; }
}
