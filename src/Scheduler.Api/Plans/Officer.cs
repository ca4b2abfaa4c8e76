namespace Scheduler.Api.Plans;

/// <summary>An inspector of a team: id, name and department (empty when the register does not know the id).</summary>
public sealed record Officer(string Id, string Name, string Department);
