namespace Scheduler.Data.Tenancy;

/// <summary>A department that submitted needs for a year, and when it first did (its version 1).</summary>
public sealed record DepartmentFirstSubmission(string Department, DateTimeOffset FirstAt);
