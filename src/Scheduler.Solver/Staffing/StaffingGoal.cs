using System.Globalization;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Model;
using Scheduler.Domain.Staffing;

namespace Scheduler.Solver.Staffing;

/// <summary>
/// A staffing price a county wants its year to reach: nothing left out (unassigned plus unscheduled) and visits at most
/// <see cref="Price"/> above the per-enterprise bound (issue 10 asks for 4%). A what-if with a goal, after the changes it
/// compares, takes up to <see cref="MaxSteps"/> steps toward it: each plans the best change so far (in the spec's order)
/// with its posted officers county-wide or one team more (<see cref="Next"/>), so the county learns what it takes, not
/// only what one change buys.
/// </summary>
public sealed record StaffingGoal
{
    /// <summary>Steps toward the goal after the changes compared; each plans up to <see cref="ChangesPerStep"/> years.</summary>
    public const int MaxSteps = 3;

    /// <summary>Years planned in one step: the best change with each of the first teams <see cref="Next"/> finds.</summary>
    public const int ChangesPerStep = 2;

    /// <summary>The most visits above the per-enterprise bound, as a share of it (0.04: 4%).</summary>
    public required double Price { get; init; }

    /// <summary>The goal as a percentage, as written (<c>4</c> is 4%).</summary>
    public double Percent => Price * 100;

    /// <summary>A goal of <paramref name="percent"/>% (0-100); null with <paramref name="error"/> saying what is wrong.</summary>
    public static StaffingGoal? OfPercent(double percent, out string? error)
    {
        error = double.IsFinite(percent) && percent is >= 0 and <= 100
            ? null
            : $"a goal of {percent.ToString(CultureInfo.InvariantCulture)}%: the staffing price sought is a percentage of the per-enterprise bound, 0-100";
        return error is null ? new StaffingGoal { Price = percent / 100 } : null;
    }

    /// <summary>Whether <paramref name="year"/> leaves nothing out and stays within the price; false without a per-enterprise bound.</summary>
    public bool MetBy(YearFigures year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return Within(year.Unassigned + year.Unscheduled, year.Visits, year.PerEnterpriseBound);
    }

    /// <summary>Whether a published row leaves nothing out and stays within the price.</summary>
    public bool MetBy(StaffingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Within(row.Unassigned + row.Unscheduled, row.Visits, row.PerEnterpriseBound);
    }

    private bool Within(int leftOut, int visits, int? bound) =>
        leftOut == 0 && bound is > 0 and var b && visits - b <= Price * b + 1e-9;

    /// <summary>
    /// The changes of the next step toward the goal, after <paramref name="compared"/> (the staff as it stands first) for
    /// <paramref name="instance"/>'s county: none when no change was better than the staff as it stands or the best already
    /// meets the goal; else the best change (fewest left out, then visits) with, first, every posted officer let work
    /// county-wide (when the county posts officers and the change does not already; no officer more), then a team each of
    /// the two departments its left-out visits wait for (<see cref="StaffingChange.FollowUp"/>), then one team each of the departments <see cref="OfficerAdditions.Suggest"/>
    /// ranks from its year's table (short of officers, full on the joint weekdays, most checks taken out of joint visits),
    /// the first <see cref="ChangesPerStep"/> not yet compared. When a step finds nothing better, the next tries the best's
    /// further teams; when it does, the next starts from the new best.
    /// </summary>
    public IReadOnlyList<StaffingChange> Next(IReadOnlyList<StaffingAlternative> compared, Instance instance)
    {
        ArgumentNullException.ThrowIfNull(compared);
        ArgumentNullException.ThrowIfNull(instance);
        var best = compared.Where(a => a.Change is not null && a.Better == true).OrderBy(a => StaffingWhatIf.Key(a.Year)).FirstOrDefault();
        if (best is null || MetBy(best.Year)) return [];
        var candidates = new List<StaffingChange>();
        if (best.Change!.Countywide is not [] && StaffingChange.HasPostings(instance)) candidates.Add(best.Change.PlusCountywide());
        if (best.LeftOut > 0 && StaffingChange.FollowUp(best.Change!, best.WaitedFor) is { } followUp) candidates.Add(followUp);
        candidates.AddRange(OfficerAdditions.Suggest(best.Departments, best.Departments.Count).Select(best.Change!.Plus));
        return candidates
            .Where(c => c.Parts <= StaffingChange.MaxParts)
            .Where(c => !compared.Any(a => c.Equals(a.Change)))
            .Distinct()
            .Take(ChangesPerStep)
            .ToList();
    }

    /// <summary>
    /// Of <paramref name="rows"/>, the change that meets the goal with the fewest officers added, then a change without a
    /// new joint weekday, then one that keeps the postings, then the fewest visits, then by name; null when none meets it.
    /// </summary>
    public StaffingRow? Cheapest(IEnumerable<StaffingRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Where(r => r.Added is not null && MetBy(r))
            .OrderBy(r => r.AddedOfficers).ThenBy(r => r.JointWeekday is not null)
            .ThenBy(r => StaffingChange.Parse(r.Added, out _)?.Countywide is not null).ThenBy(r => r.Visits).ThenBy(r => r.Added, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
