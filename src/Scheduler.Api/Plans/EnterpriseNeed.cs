using Scheduler.Domain.Model;

namespace Scheduler.Api.Plans;

/// <summary>A need of an enterprise with its department's and check items' names.</summary>
public sealed record EnterpriseNeed(Need Need, string DepartmentName, IReadOnlyList<string> Items);
