namespace Scheduler.Api.Plans;

/// <summary>One department's part of a visit: the names of its distinct check items and their on-site minutes.</summary>
public sealed record DepartmentShare(string Department, string DepartmentName, IReadOnlyList<string> Items, int Minutes);
