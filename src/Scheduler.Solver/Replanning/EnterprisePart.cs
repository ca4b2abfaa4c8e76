using Scheduler.Domain.Plans;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Replanning;

/// <summary>One enterprise's part of the previous plan, as the replan sees it: what is pinned, what it would keep, and whether a change touches it.</summary>
internal sealed class EnterprisePart(int enterprise)
{
    public int Enterprise { get; } = enterprise;

    /// <summary>History (months before the replan's first month, done or not reported) and the frozen month's visits kept: fixed.</summary>
    public List<KeptVisit> Pinned { get; } = [];

    /// <summary>Visits after the frozen month, with their still valid tasks: what the replan prefers to keep.</summary>
    public List<KeptVisit> Future { get; } = [];

    /// <summary>Its occurrences the previous plan left unassigned.</summary>
    public List<UnassignedOccurrence> OldUnassigned { get; } = [];

    /// <summary>Why the replan re-plans it (empty: kept as it was).</summary>
    public List<string> Causes { get; } = [];

    public bool Touched => Causes.Count > 0;

    /// <summary>For a touched enterprise: its new schedule (pinned visits first in each month).</summary>
    public EnterpriseSchedule? Result { get; set; }

    public void Touch(string cause)
    {
        if (!Causes.Contains(cause)) Causes.Add(cause);
    }

    /// <summary>Its schedule as the replan holds it: its result when re-planned, else its pinned and kept visits (pinned first in each month).</summary>
    public EnterpriseSchedule Current() => Result ?? AsSchedule(Pinned.Concat(Future), []);

    /// <summary>Pinned and kept visits as a schedule (pinned first in each month), the given occurrences unplaced.</summary>
    public EnterpriseSchedule AsSchedule(IEnumerable<KeptVisit> visits, IReadOnlyList<int> unplaced) =>
        new(Enterprise, visits.Select(v => new ScheduledVisit(v.Month, v.Needs)).ToList(), unplaced);
}
