namespace Scheduler.Domain.Model;

/// <summary>A township (镇乡街道); team-days start and end at its office.</summary>
public sealed record Township
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public GeoPoint Location { get; init; } = new(0, 0);
}
