namespace Scheduler.Domain.Checking;

/// <summary>The figures of one monthly plan, as ../shared/tools/validate_plan.py computes them.</summary>
public sealed record MonthFigures
{
    public int Month { get; init; }

    /// <summary>Annual-plan visits of this month (distinct ids).</summary>
    public int Visits { get; init; }

    /// <summary>Entries of the month's unscheduled list.</summary>
    public int Unscheduled { get; init; }

    public int TeamDays { get; init; }

    /// <summary>Σ over team-days of its number of distinct inspectors.</summary>
    public int OfficerDays { get; init; }

    /// <summary>Σ over team-days of office → first → … → last → office travel, minutes (full precision; the validator prints it to 0.1).</summary>
    public double TravelMinutes { get; init; }

    /// <summary>The most team-days any one inspector works in the month.</summary>
    public int MaxDaysPerInspector { get; init; }
}
