namespace Scheduler.Data.Tenancy;

/// <summary>A county the platform hosts: its six-digit code (its schema is "county_" + code) and its name.</summary>
public sealed record County(string Code, string Name, DateTimeOffset CreatedAt);
