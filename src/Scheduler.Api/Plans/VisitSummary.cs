using Scheduler.Domain.Plans;

namespace Scheduler.Api.Plans;

/// <summary>
/// A visit with its enterprise's name, per department the check items it covers there, and its stable code
/// (检查行为码, <see cref="VisitCodes"/>; null when the index was built without the plan).
/// </summary>
public sealed record VisitSummary(Visit Visit, string EnterpriseName, IReadOnlyList<DepartmentShare> Shares, string? Code = null)
{
    /// <summary>On-site minutes: departments work side by side, so the longest share.</summary>
    public int OnSiteMinutes => Shares.Count == 0 ? 0 : Shares.Max(s => s.Minutes);

    /// <summary>A visit of two or more departments (a joint inspection).</summary>
    public bool IsJoint => Shares.Count >= 2;
}
