using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Checking;

/// <summary>
/// The figures of a whole year — the annual plan and its twelve months — in the spec's order of quality for the year:
/// unassigned plus unscheduled first, then visits. The staffing price is what the county's officers cost in visits:
/// the visits above the unconstrained optimum (the per-enterprise bound, staff and capacity ignored).
/// </summary>
public sealed record YearFigures
{
    public int Unassigned { get; init; }
    public int Unscheduled { get; init; }
    public int Visits { get; init; }

    /// <summary>The unconstrained optimum: Σ over enterprises of the fewest visits each needs alone; null when not computed.</summary>
    public int? PerEnterpriseBound { get; init; }

    /// <summary>Visits − <see cref="PerEnterpriseBound"/>; null without the bound.</summary>
    public int? StaffingPrice => PerEnterpriseBound is { } bound ? Visits - bound : null;

    /// <summary>Σ over the months' team-days of their number of inspectors.</summary>
    public int OfficerDays { get; init; }

    public double TravelHours { get; init; }

    /// <summary>The inspector with the most team-days in the year (the first by id among equals), and how many.</summary>
    public string? BusiestOfficer { get; init; }
    public int BusiestOfficerDays { get; init; }

    public static YearFigures Of(PlanFigures annual, int? perEnterpriseBound, IReadOnlyList<MonthlyPlan> months, IReadOnlyList<MonthFigures> monthFigures)
    {
        var days = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var td in months.SelectMany(m => m.TeamDays))
            foreach (var officer in td.Inspectors.Distinct(StringComparer.Ordinal))
                days[officer] = days.GetValueOrDefault(officer) + 1;
        var busiest = days.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).FirstOrDefault();
        return new YearFigures
        {
            Unassigned = annual.Unassigned,
            Unscheduled = monthFigures.Sum(m => m.Unscheduled),
            Visits = annual.Visits,
            PerEnterpriseBound = perEnterpriseBound,
            OfficerDays = monthFigures.Sum(m => m.OfficerDays),
            TravelHours = monthFigures.Sum(m => m.TravelMinutes) / 60,
            BusiestOfficer = busiest.Key,
            BusiestOfficerDays = busiest.Value,
        };
    }
}
