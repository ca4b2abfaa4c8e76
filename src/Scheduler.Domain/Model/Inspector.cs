namespace Scheduler.Domain.Model;

/// <summary>A certified officer.</summary>
public sealed record Inspector
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Department { get; init; } = "";

    /// <summary>The township the officer is posted to; null means county level (may go anywhere).</summary>
    public string? Township { get; init; }

    public IReadOnlyList<DateOnly> Unavailable { get; init; } = [];

    /// <summary>Enterprise ids this officer must not inspect (回避).</summary>
    public IReadOnlyList<string> Conflicts { get; init; } = [];
}
