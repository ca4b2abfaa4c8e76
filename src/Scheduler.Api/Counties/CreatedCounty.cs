namespace Scheduler.Api.Counties;

/// <summary>A county just added to the platform, with its office's first token (shown once) and its API root.</summary>
public sealed record CreatedCounty(string Code, string Name, string OfficeToken, string Api);
