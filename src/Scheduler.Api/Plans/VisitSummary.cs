using Scheduler.Domain.Plans;

namespace Scheduler.Api.Plans;

/// <summary>A visit with its enterprise's name and, per department, the check items it covers there.</summary>
public sealed record VisitSummary(Visit Visit, string EnterpriseName, IReadOnlyList<DepartmentShare> Shares)
{
    /// <summary>On-site minutes: departments work side by side, so the longest share.</summary>
    public int OnSiteMinutes => Shares.Count == 0 ? 0 : Shares.Max(s => s.Minutes);

    /// <summary>A visit of two or more departments (a joint inspection).</summary>
    public bool IsJoint => Shares.Count >= 2;
}
