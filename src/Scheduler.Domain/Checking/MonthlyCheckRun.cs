using System.Globalization;
using Scheduler.Domain.Calendar;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Checking;

/// <summary>One run of <see cref="MonthlyPlanChecker"/> over one or more months.</summary>
internal sealed class MonthlyCheckRun
{
    private readonly InstanceLookup _lookup;
    private readonly AnnualPlan _plan;
    private readonly WorkCalendar _calendar;
    private readonly HashSet<(string Inspector, DateOnly Date)> _busy = [];
    private readonly List<string> _violations = [];

    public MonthlyCheckRun(Instance instance, AnnualPlan plan, WorkCalendar calendar)
    {
        _lookup = InstanceLookup.For(instance);
        _plan = plan;
        _calendar = calendar;
    }

    public IReadOnlyList<string> Violations => _violations;

    public MonthFigures CheckMonth(MonthlyPlan monthly)
    {
        var m = monthly.Month;
        var tag = $"month {m}";
        var visits = new Dictionary<string, Visit>(StringComparer.Ordinal);
        foreach (var v in _plan.Visits ?? [])
        {
            if (v is not null && v.Month == m) visits[v.Id ?? ""] = v;
        }

        var placed = new Dictionary<string, string>(StringComparer.Ordinal);
        var officerDays = 0;
        var travelTotal = 0.0;
        var daysWorked = new Dictionary<string, int>(StringComparer.Ordinal);
        var teamDays = monthly.TeamDays ?? [];
        foreach (var td in teamDays)
        {
            if (td is null)
            {
                Add($"{tag}: a team-day is null");
                continue;
            }
            var (officers, travel) = CheckTeamDay(td, m, tag, visits, placed, daysWorked);
            officerDays += officers;
            travelTotal += travel;
        }

        var unscheduled = monthly.Unscheduled ?? [];
        foreach (var u in unscheduled)
        {
            if (u is null)
            {
                Add($"{tag}: an unscheduled entry is null");
                continue;
            }
            var vid = u.Visit ?? "";
            if (!visits.ContainsKey(vid)) Add($"{tag} unscheduled {u.Visit}: not an annual-plan visit of this month");
            if (placed.ContainsKey(vid)) Add($"{tag} visit {u.Visit} both placed and unscheduled");
            placed[vid] = "unscheduled";
            if (string.IsNullOrWhiteSpace(u.Reason)) Add($"{tag} unscheduled {u.Visit}: no reason");
        }
        foreach (var vid in visits.Keys)
        {
            if (!placed.ContainsKey(vid)) Add($"{tag} visit {vid} is neither in a team-day nor unscheduled");
        }

        return new MonthFigures
        {
            Month = m,
            Visits = visits.Count,
            Unscheduled = unscheduled.Count,
            TeamDays = teamDays.Count,
            OfficerDays = officerDays,
            TravelMinutes = travelTotal,
            MaxDaysPerInspector = daysWorked.Count == 0 ? 0 : daysWorked.Values.Max(),
        };
    }

    /// <summary>Rules 2–6 for one team-day; returns its officer count and travel minutes (zero for an unknown township).</summary>
    private (int Officers, double Travel) CheckTeamDay(
        TeamDay td, int m, string tag, Dictionary<string, Visit> visits, Dictionary<string, string> placed,
        Dictionary<string, int> daysWorked)
    {
        var tid = td.Id;
        var rules = _lookup.Rules;
        if (_lookup.Township(td.Township ?? "") is not { } town)
        {
            Add($"{tag} team-day {tid}: unknown township {td.Township}");
            return (0, 0);
        }
        var day = td.Date;
        var dayText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (day.Year != _lookup.Instance.Year || day.Month != m) Add($"{tag} team-day {tid}: date {dayText} outside the month");
        if (!_calendar.IsWorkingDay(day)) Add($"{tag} team-day {tid}: {dayText} is not a working day");
        var vids = td.Visits ?? [];
        if (vids.Count > rules.MaxVisitsPerTeamDay) Add($"{tag} team-day {tid}: {vids.Count} visits > {rules.MaxVisitsPerTeamDay}");
        var team = td.Inspectors ?? [];
        var distinct = new HashSet<string>(team.Select(i => i ?? ""), StringComparer.Ordinal);
        if (distinct.Count != team.Count) Add($"{tag} team-day {tid}: an inspector is listed twice");

        // Rule 5 per inspector, and the team's officers by department for rule 4.
        var byDepartment = new Dictionary<string, int>(StringComparer.Ordinal);
        var conflicts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iid in distinct)
        {
            if (_lookup.Inspector(iid) is not { } inspector)
            {
                Add($"{tag} team-day {tid}: unknown inspector {iid}");
                continue;
            }
            var department = inspector.Department ?? "";
            byDepartment[department] = byDepartment.GetValueOrDefault(department) + 1;
            if (!_busy.Add((iid, day))) Add($"{tag} inspector {iid} in two team-days on {dayText}");
            daysWorked[iid] = daysWorked.GetValueOrDefault(iid) + 1;
            if ((inspector.Unavailable ?? []).Contains(day)) Add($"{tag} team-day {tid}: inspector {iid} unavailable on {dayText}");
            if (!string.IsNullOrEmpty(inspector.Township) && inspector.Township != town.Id)
            {
                Add($"{tag} team-day {tid}: inspector {iid} is posted to {inspector.Township}");
            }
            foreach (var c in inspector.Conflicts ?? []) conflicts.Add(c ?? "");
        }

        var minutes = 0.0;
        var travel = 0.0;
        var here = town.Location;
        var multi = false;
        foreach (var vid in vids)
        {
            if (vid is null || !visits.TryGetValue(vid, out var v))
            {
                Add($"{tag} team-day {tid}: visit {vid} is not an annual-plan visit of this month");
                continue;
            }
            if (placed.ContainsKey(vid)) Add($"{tag} visit {vid} placed twice");
            placed[vid] = tid ?? "";
            if (_lookup.Enterprise(v.Enterprise ?? "") is not { } e)
            {
                Add($"{tag} team-day {tid}: visit {vid} is at unknown enterprise {v.Enterprise}");
                continue;
            }
            if (e.Township != town.Id) Add($"{tag} team-day {tid}: visit {vid} is in {e.Township}, not {town.Id}");
            if (conflicts.Contains(e.Id ?? "")) Add($"{tag} team-day {tid}: an inspector has a conflict with {e.Id}");
            var (departments, onSite) = Shape(v);
            multi |= departments.Count > 1;
            foreach (var d in departments)
            {
                var have = byDepartment.GetValueOrDefault(d);
                if (have < rules.OfficersPerDepartment)
                {
                    Add($"{tag} team-day {tid}: visit {vid} needs {rules.OfficersPerDepartment} officers of {d}, team has {have}");
                }
            }
            minutes += onSite;
            var leg = TravelTime.Minutes(here, e.Location, rules);
            minutes += leg;
            travel += leg;
            here = e.Location;
        }
        var back = TravelTime.Minutes(here, town.Location, rules);
        minutes += back;
        travel += back;
        if (multi && !_calendar.IsJointDay(day)) Add($"{tag} team-day {tid}: multi-department visits on {dayText}, not a joint weekday");
        if (minutes > rules.WorkdayMinutes + 1e-6) Add(string.Create(CultureInfo.InvariantCulture, $"{tag} team-day {tid}: {minutes:F1} minutes > {rules.WorkdayMinutes}"));
        return (distinct.Count, travel);
    }

    /// <summary>A visit's departments and on-site minutes, over every task whose need is known.</summary>
    /// <remarks>On-site minutes: the longest department share, each share the sum of its distinct known items.</remarks>
    private (IReadOnlyCollection<string> Departments, int Minutes) Shape(Visit v)
    {
        var shares = _lookup.Shares(v);
        var minutes = shares.Count == 0 ? 0 : shares.Max(s => s.Items.Sum(id => _lookup.Item(id)?.Minutes ?? 0));
        return ([.. shares.Select(s => s.Department)], minutes);
    }

    private void Add(string violation) => _violations.Add(violation);
}
