namespace Scheduler.Domain.Model;

/// <summary>One check of one department.</summary>
public sealed record CheckItem
{
    public string Id { get; init; } = "";
    public string Department { get; init; } = "";
    public string Name { get; init; } = "";

    /// <summary>On-site minutes.</summary>
    public int Minutes { get; init; }

    /// <summary>The 监管一件事 theme it belongs to; informative only.</summary>
    public string? Theme { get; init; }
}
