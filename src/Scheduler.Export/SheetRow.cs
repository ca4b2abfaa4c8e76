namespace Scheduler.Export;

/// <summary>
/// One visit of a township's month as its sheet shows it: names rather than ids where people read them, ids kept
/// alongside so a row can be traced back to the plan. A scheduled visit carries its team-day, date, route position and
/// team; an unscheduled one (未安排) carries the reason instead.
/// </summary>
public sealed record SheetRow
{
    /// <summary>The team-day's date; null when unscheduled.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The team-day id; null when unscheduled.</summary>
    public string? TeamDay { get; init; }

    /// <summary>1-based position on the team-day's route; null when unscheduled.</summary>
    public int? Order { get; init; }

    /// <summary>The annual-plan visit id.</summary>
    public string Visit { get; init; } = "";

    /// <summary>The visit's stable 18-character code (行政行为码 style, <see cref="Domain.Plans.VisitCodes"/>); null when the plan lacks the visit.</summary>
    public string? Code { get; init; }

    public string EnterpriseId { get; init; } = "";
    public string EnterpriseName { get; init; } = "";

    /// <summary>Department names, in the instance's department order.</summary>
    public IReadOnlyList<string> Departments { get; init; } = [];

    /// <summary>Per department, "部门：事项、事项"; one entry per department, in <see cref="Departments"/> order.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>On-site minutes: the longest department share (PROBLEM.md §2 rule 5).</summary>
    public int OnSiteMinutes { get; init; }

    /// <summary>The team as "姓名（部门）", in the team-day's order; empty when unscheduled.</summary>
    public IReadOnlyList<string> Inspectors { get; init; } = [];

    /// <summary>Why the month could not schedule this visit; null when scheduled.</summary>
    public string? UnscheduledReason { get; init; }

    public bool Scheduled => UnscheduledReason is null;
}
