using System.Globalization;
using Scheduler.Domain.Model;

namespace Scheduler.Solver.Monthly;

/// <summary>Why a month leaves a visit out, in words a planner reads: impossible whatever else is planned, or short of officers.</summary>
internal static class MonthReasons
{
    /// <summary>Why a visit can never be scheduled this month, or null.</summary>
    public static string? Impossible(MonthContext ctx, MonthVisit v)
    {
        if (!ctx.Townships.ContainsKey(v.Township))
            return $"enterprise {v.Enterprise} lies in unknown township {v.Township}";
        if (v.Joint && ctx.JointDays.Count == 0)
            return $"it needs a joint weekday ({string.Join("/", ctx.Instance.Calendar.JointWeekdays)}) and {MonthName(ctx)} has none that is a working day";
        if (!v.Joint && ctx.WorkingDays.Count == 0)
            return $"{MonthName(ctx)} has no working day";
        // Officers who may serve it at all, ignoring every other visit: none on any date is a proof, not a shortage.
        int k = ctx.Rules.OfficersPerDepartment;
        var dates = v.Joint ? ctx.JointDays : ctx.WorkingDays;
        if (!dates.Any(date => v.Departments.All(d => ctx.OfficersOf[d].Count(o => Serves(o, v, date)) >= k)))
        {
            var lacking = Lacking(ctx, v);
            return lacking.Count > 0
                ? $"fewer than {k} {string.Join(" or ", lacking.Select(ctx.DepartmentName))} officers may inspect {v.Enterprise} in {ctx.TownshipName(v.Township)} on any {(v.Joint ? "joint" : "working")} day of {MonthName(ctx)} (posted elsewhere, unavailable or 回避), whatever else is planned"
                : $"no {(v.Joint ? "joint" : "working")} day of {MonthName(ctx)} has {k} officers of each of its departments who may inspect {v.Enterprise} in {ctx.TownshipName(v.Township)} (posted elsewhere, unavailable or 回避), whatever else is planned";
        }
        double day = TeamRoute.DayMinutes(ctx, v.Township, [v]);
        if (day > ctx.Rules.WorkdayMinutes)
            return string.Create(CultureInfo.InvariantCulture,
                $"the visit alone takes {day:0} minutes with travel from the {ctx.TownshipName(v.Township)} office, more than a working day ({ctx.Rules.WorkdayMinutes})");
        return null;
    }

    /// <summary>
    /// For a visit <see cref="Impossible"/> for want of officers: its departments with fewer than K officers who may serve it
    /// on any of its days (posted elsewhere, unavailable or 回避); empty when the reason is another.
    /// </summary>
    public static List<int> Lacking(MonthContext ctx, MonthVisit v)
    {
        if (!ctx.Townships.ContainsKey(v.Township)) return [];
        int k = ctx.Rules.OfficersPerDepartment;
        var dates = v.Joint ? ctx.JointDays : ctx.WorkingDays;
        if (dates.Count == 0) return [];
        return v.Departments.Where(d => dates.All(date => ctx.OfficersOf[d].Count(o => Serves(o, v, date)) < k)).ToList();
    }

    /// <summary>Whether an officer may serve the visit on the date at all: posted to its township or to none, available, no conflict.</summary>
    private static bool Serves(Inspector o, MonthVisit v, DateOnly date) =>
        (string.IsNullOrEmpty(o.Township) || o.Township == v.Township) && !o.Unavailable.Contains(date) && !o.Conflicts.Contains(v.Enterprise);

    /// <summary>The departments whose officers ran out for a left-out visit: those with too few free on every allowed date, else all of its departments.</summary>
    public static List<int> ShortDepartments(MonthContext ctx, DateStaffing staffing, TeamCluster alone, Dictionary<DateOnly, ISet<string>> busy)
    {
        var missing = Missing(ctx, staffing, alone, busy);
        return missing.Count > 0 ? missing : alone.Departments.ToList();
    }

    /// <summary>The visit's departments with fewer than K free officers on every date it may take.</summary>
    private static List<int> Missing(MonthContext ctx, DateStaffing staffing, TeamCluster alone, Dictionary<DateOnly, ISet<string>> busy)
    {
        int k = ctx.Rules.OfficersPerDepartment;
        var dates = DateSpread.AllowedDates(ctx, alone).ToList();
        return alone.Departments.Where(d => dates.All(date => staffing.Eligible(alone, d, date, busy[date]).Count < k)).ToList();
    }

    /// <summary>Names the department whose officers ran out, the township and the kind of day.</summary>
    public static string Shortage(MonthContext ctx, DateStaffing staffing, TeamCluster alone, Dictionary<DateOnly, ISet<string>> busy)
    {
        int k = ctx.Rules.OfficersPerDepartment;
        string days = alone.Joint ? "joint day" : "working day";
        var missing = Missing(ctx, staffing, alone, busy);
        string where = ctx.TownshipName(alone.Township);
        if (missing.Count > 0)
            return $"no {k} free {string.Join(" or ", missing.Select(ctx.DepartmentName))} officers for {where} on any {days} of {MonthName(ctx)}"
                   + (missing.Any(d => ctx.OfficersOf[d].Count(o => string.IsNullOrEmpty(o.Township) || o.Township == alone.Township) < k)
                       ? " (fewer than that are certified for this township at all)" : "");
        return $"no {days} of {MonthName(ctx)} has {k} free officers of every department it needs ({string.Join(", ", alone.Departments.Select(ctx.DepartmentName))}) in {where} at once";
    }

    public static string MonthName(MonthContext ctx) => $"{ctx.Instance.Year}-{ctx.Month:00}";
}
