namespace Scheduler.Api.Replans;

/// <summary>A department's share of the difference: how many of its occurrences changed, by kind, and in how many enterprises.</summary>
public sealed record DepartmentDiff(string Department, int Moved, int Companions, int Added, int Removed, int Enterprises);
