using System.Globalization;
using System.Runtime.CompilerServices;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Solver.Tests.Monthly.Support;

/// <summary>
/// The test project's own reading of the monthly plan's validity rules 1–6 (PROBLEM.md §3), one method per rule,
/// written independently of Domain's MonthlyPlanChecker and WorkCalendar so that a test does not trust the code it
/// checks with. Each method returns the violations it finds, in words, each starting "rule N:"; empty means the rule holds.
/// </summary>
public static class MonthlyReferenceRules
{
    public static IReadOnlyList<string> All(Instance instance, AnnualPlan annual, MonthlyPlan month) =>
    [
        .. Rule1EveryVisitOnce(annual, month),
        .. Rule2WorkingAndJointDays(instance, annual, month),
        .. Rule3Township(instance, annual, month),
        .. Rule4OfficersPerDepartment(instance, annual, month),
        .. Rule5Inspectors(instance, annual, month),
        .. Rule6DayLength(instance, annual, month),
    ];

    /// <summary>Every annual visit of the month appears exactly once (a team-day or unscheduled with a reason), and nothing else does.</summary>
    public static IReadOnlyList<string> Rule1EveryVisitOnce(AnnualPlan annual, MonthlyPlan month)
    {
        var errors = new List<string>();
        var expected = annual.Visits.Where(v => v.Month == month.Month).Select(v => v.Id).ToHashSet();
        var seen = month.TeamDays.SelectMany(t => t.Visits).Concat(month.Unscheduled.Select(u => u.Visit))
            .GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        foreach (var id in expected)
        {
            var count = seen.GetValueOrDefault(id);
            if (count != 1) errors.Add($"rule 1: visit {id} appears {count} times");
        }
        errors.AddRange(seen.Keys.Where(id => !expected.Contains(id)).Select(id => $"rule 1: {id} is not an annual visit of month {month.Month}"));
        errors.AddRange(month.Unscheduled.Where(u => string.IsNullOrWhiteSpace(u.Reason)).Select(u => $"rule 1: unscheduled {u.Visit} has no reason"));
        return errors;
    }

    /// <summary>A team-day falls in the month on a working day; with a multi-department visit, on a joint weekday.</summary>
    public static IReadOnlyList<string> Rule2WorkingAndJointDays(Instance instance, AnnualPlan annual, MonthlyPlan month)
    {
        var errors = new List<string>();
        foreach (var td in month.TeamDays)
        {
            var date = td.Date;
            if (date.Year != instance.Year || date.Month != month.Month) errors.Add($"rule 2: {td.Id} on {Iso(date)} is outside month {month.Month}");
            if (!IsWorkingDay(instance, date)) errors.Add($"rule 2: {td.Id} on {Iso(date)}, not a working day");
            var joint = td.Visits.Any(v => DepartmentsOf(instance, VisitOf(annual, v)).Count > 1);
            if (joint && !IsJointDay(instance, date)) errors.Add($"rule 2: {td.Id} carries a joint visit on {Iso(date)} ({date.DayOfWeek}), not a joint weekday");
        }
        return errors;
    }

    /// <summary>Every visit of a team-day is at an enterprise of the team-day's township.</summary>
    public static IReadOnlyList<string> Rule3Township(Instance instance, AnnualPlan annual, MonthlyPlan month)
    {
        var errors = new List<string>();
        foreach (var td in month.TeamDays)
        {
            foreach (var v in td.Visits)
            {
                var e = EnterpriseOf(instance, annual, v);
                if (e?.Township != td.Township) errors.Add($"rule 3: {td.Id} in {td.Township} visits {v} in {e?.Township}");
            }
        }
        return errors;
    }

    /// <summary>For each department of each visit, the team holds at least officersPerDepartment officers of it.</summary>
    public static IReadOnlyList<string> Rule4OfficersPerDepartment(Instance instance, AnnualPlan annual, MonthlyPlan month)
    {
        var errors = new List<string>();
        var departmentOf = instance.Inspectors.ToDictionary(i => i.Id, i => i.Department);
        foreach (var td in month.TeamDays)
        {
            var have = td.Inspectors.Distinct().GroupBy(i => departmentOf.GetValueOrDefault(i, "?")).ToDictionary(g => g.Key, g => g.Count());
            foreach (var v in td.Visits)
            {
                foreach (var d in DepartmentsOf(instance, VisitOf(annual, v)))
                {
                    if (have.GetValueOrDefault(d) < instance.Rules.OfficersPerDepartment)
                        errors.Add($"rule 4: {td.Id} has {have.GetValueOrDefault(d)} officers of {d} for {v}, needs {instance.Rules.OfficersPerDepartment}");
                }
            }
        }
        return errors;
    }

    /// <summary>An inspector: one team-day a date, available, no conflict with a visited enterprise, posted to the township or county level.</summary>
    public static IReadOnlyList<string> Rule5Inspectors(Instance instance, AnnualPlan annual, MonthlyPlan month)
    {
        var errors = new List<string>();
        var inspectors = instance.Inspectors.ToDictionary(i => i.Id);
        foreach (var group in month.TeamDays.SelectMany(td => td.Inspectors.Distinct().Select(i => (i, td.Date))).GroupBy(x => x).Where(g => g.Count() > 1))
            errors.Add($"rule 5: {group.Key.i} is in {group.Count()} team-days on {Iso(group.Key.Date)}");
        foreach (var td in month.TeamDays)
        {
            if (td.Inspectors.Distinct().Count() != td.Inspectors.Count) errors.Add($"rule 5: {td.Id} lists an inspector twice");
            var visited = td.Visits.Select(v => VisitOf(annual, v)?.Enterprise).ToHashSet();
            foreach (var id in td.Inspectors)
            {
                if (!inspectors.TryGetValue(id, out var inspector))
                {
                    errors.Add($"rule 5: {td.Id} names unknown inspector {id}");
                    continue;
                }
                if (inspector.Unavailable.Contains(td.Date)) errors.Add($"rule 5: {id} is unavailable on {Iso(td.Date)}");
                foreach (var e in inspector.Conflicts.Where(visited.Contains)) errors.Add($"rule 5: {id} has a conflict with {e}, visited by {td.Id}");
                if (!string.IsNullOrEmpty(inspector.Township) && inspector.Township != td.Township)
                    errors.Add($"rule 5: {id} is posted to {inspector.Township}, not {td.Township} ({td.Id})");
            }
        }
        return errors;
    }

    /// <summary>At most maxVisitsPerTeamDay visits, and on-site minutes plus the route's travel fit workdayMinutes.</summary>
    public static IReadOnlyList<string> Rule6DayLength(Instance instance, AnnualPlan annual, MonthlyPlan month)
    {
        var errors = new List<string>();
        foreach (var td in month.TeamDays)
        {
            if (td.Visits.Count > instance.Rules.MaxVisitsPerTeamDay)
                errors.Add($"rule 6: {td.Id} has {td.Visits.Count} visits > {instance.Rules.MaxVisitsPerTeamDay}");
            var minutes = DayMinutes(instance, annual, td);
            if (minutes > instance.Rules.WorkdayMinutes + 1e-6)
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"rule 6: {td.Id} lasts {minutes:F1} minutes > {instance.Rules.WorkdayMinutes}"));
        }
        return errors;
    }

    /// <summary>On-site minutes of the team-day's visits plus the travel of its route.</summary>
    public static double DayMinutes(Instance instance, AnnualPlan annual, TeamDay td) =>
        td.Visits.Sum(v => OnSiteMinutes(instance, VisitOf(annual, v))) + TravelMinutes(instance, annual, td);

    /// <summary>Office → first → … → last → office, minutes = km × roadFactor / travelKmh × 60.</summary>
    public static double TravelMinutes(Instance instance, AnnualPlan annual, TeamDay td)
    {
        var office = instance.Townships.Single(t => t.Id == td.Township).Location;
        var stops = td.Visits.Select(v => EnterpriseOf(instance, annual, v)!.Location).Prepend(office).Append(office).ToList();
        var km = stops.Zip(stops.Skip(1)).Sum(leg => Km(leg.First, leg.Second));
        return km * instance.Rules.RoadFactor / instance.Rules.TravelKmh * 60;
    }

    /// <summary>Haversine distance on a sphere of radius 6371.0088 km.</summary>
    public static double Km(GeoPoint a, GeoPoint b)
    {
        const double toRad = Math.PI / 180;
        var dLat = (b.Lat - a.Lat) * toRad;
        var dLon = (b.Lon - a.Lon) * toRad;
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(a.Lat * toRad) * Math.Cos(b.Lat * toRad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * 6371.0088 * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>Mon–Fri and not a holiday, or an extra workday.</summary>
    public static bool IsWorkingDay(Instance instance, DateOnly date) =>
        date.Year == instance.Year
        && (instance.Calendar.ExtraWorkdays.Contains(date)
            || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !instance.Calendar.Holidays.Contains(date)));

    public static bool IsJointDay(Instance instance, DateOnly date)
    {
        var joint = instance.Calendar.JointWeekdays.Count == 0 ? [DayOfWeek.Tuesday] : instance.Calendar.JointWeekdays;
        return IsWorkingDay(instance, date) && joint.Contains(date.DayOfWeek);
    }

    public static IReadOnlySet<string> DepartmentsOf(Instance instance, Visit? visit) =>
        (visit?.Tasks ?? []).Select(t => Lookup.Of(instance).Needs[t.Need].Department).ToHashSet();

    /// <summary>The longest department share, a share being the minutes of its distinct items.</summary>
    public static int OnSiteMinutes(Instance instance, Visit? visit) =>
        (visit?.Tasks ?? [])
            .Select(t => Lookup.Of(instance).Needs[t.Need])
            .GroupBy(n => n.Department)
            .Select(g => g.SelectMany(n => n.Items).Distinct().Sum(i => Lookup.Of(instance).Minutes[i]))
            .DefaultIfEmpty(0)
            .Max();

    private static Visit? VisitOf(AnnualPlan annual, string id) => Visits.GetValue(annual, a => a.Visits.ToDictionary(v => v.Id)).GetValueOrDefault(id);

    private static Enterprise? EnterpriseOf(Instance instance, AnnualPlan annual, string visit) =>
        VisitOf(annual, visit) is { } v ? Lookup.Of(instance).Enterprises.GetValueOrDefault(v.Enterprise) : null;

    private static readonly ConditionalWeakTable<AnnualPlan, Dictionary<string, Visit>> Visits = new();

    /// <summary>The instance's lists by id, built once per instance (random counties have thousands of needs).</summary>
    private sealed record Lookup(Dictionary<string, Need> Needs, Dictionary<string, int> Minutes, Dictionary<string, Enterprise> Enterprises)
    {
        private static readonly ConditionalWeakTable<Instance, Lookup> Cache = new();

        public static Lookup Of(Instance instance) => Cache.GetValue(instance, i => new Lookup(
            i.Needs.ToDictionary(n => n.Id), i.CheckItems.ToDictionary(c => c.Id, c => c.Minutes), i.Enterprises.ToDictionary(e => e.Id)));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
