using Scheduler.Domain.Plans;

namespace Scheduler.Api.Plans;

/// <summary>An unassigned occurrence of one of the enterprise's needs, with its department's and items' names.</summary>
public sealed record EnterpriseUnassigned(UnassignedOccurrence Occurrence, string DepartmentName, IReadOnlyList<string> Items);
