namespace Scheduler.Api.Counties;

/// <summary>A county on the platform: its code, name, when it was added and its API root.</summary>
public sealed record CountyView(string Code, string Name, DateTimeOffset CreatedAt, string Api);
