using Scheduler.Domain.Model;

namespace Scheduler.Solver.Monthly;

/// <summary>
/// The last pass for visits that staffing left out. Each is tried on hosts in turn — an existing team-day of its
/// township on a date it may take (a joint weekday for a multi-department visit), then a team-day of its own on
/// each such date — every host on a copy of the draft that is kept only when the visit is placed:
/// <list type="bullet">
/// <item>a full host first hands one of its visits to another team-day or to a day of its own;</item>
/// <item>an officer of the host with a conflict (回避) with the enterprise is exchanged for another;</item>
/// <item>each officer a department still lacks is one free that date, else a busy one whose team takes a free
/// officer in his place, else one released by moving the (one or two) visits of another team-day of that date
/// that need his department to other team-days.</item>
/// </list>
/// Visits moved aside are placed with free officers only, so nothing already scheduled is ever dropped.
/// Deterministic: officers are ranked by the seeded draw of <see cref="DateStaffing.Ranked"/>.
/// </summary>
internal sealed class UnscheduledRepair(MonthContext ctx, DateStaffing staffing, Func<bool> outOfTime)
{
    /// <summary>Team-days whose visits needing a department are moved away to release its officers: at most this many visits.</summary>
    private const int MaxReleasedVisits = 2;

    /// <summary>Team-days tried per missing officer by exchange or release (bounds the work per visit).</summary>
    private const int MaxDonors = 12;

    private int K => ctx.Rules.OfficersPerDepartment;

    /// <summary>The draft with <paramref name="v"/> placed (changed in place), or null (the draft unchanged) when no host could take it.</summary>
    public MonthDraft? TryPlace(MonthDraft draft, MonthVisit v)
    {
        foreach (var (date, hostId) in Hosts(draft, v))
        {
            if (outOfTime()) return null;
            int mark = draft.Mark();
            if (Place(draft, v, date, hostId))
            {
                draft.Commit(mark);
                return draft;
            }
            draft.Rollback(mark);
        }
        return null;
    }

    /// <summary>Existing team-days of the township (fewest departments to add, room, least added minutes), then new team-days per date.</summary>
    private IEnumerable<(DateOnly Date, int? HostId)> Hosts(MonthDraft draft, MonthVisit v)
    {
        var dates = Allowed(v).ToHashSet();
        var existing = draft.PlacesIn(v.Township).Select(i => draft.TeamDays[i])
            .Where(t => dates.Contains(t.Date))
            .Select(t =>
            {
                double with = TeamRoute.DayMinutes(ctx, v.Township, TeamRoute.Insert(ctx, v.Township, t.Team.Visits, v));
                bool room = t.Team.Visits.Count < ctx.Rules.MaxVisitsPerTeamDay && with <= ctx.Rules.WorkdayMinutes;
                int missing = v.Departments.Count(d => !t.Team.Departments.Contains(d));
                double added = with - TeamRoute.DayMinutes(ctx, v.Township, t.Team.Visits);
                return (t.Date, Id: t.Id, missing, room, added);
            })
            .OrderBy(h => h.missing).ThenBy(h => h.room ? 0 : 1).ThenBy(h => h.added).ThenBy(h => h.Id)
            .Select(h => (h.Date, (int?)h.Id))
            .ToList();
        var alone = new TeamCluster(v.Township, [v]);
        var fresh = dates.Order()
            .OrderBy(date => v.Departments.Count(d => staffing.Eligible(alone, d, date, draft.Busy[date]).Count < K))
            .Select(date => (date, (int?)null));
        return existing.Concat(fresh);
    }

    private IEnumerable<DateOnly> Allowed(MonthVisit v) => v.Joint ? ctx.JointDays : ctx.WorkingDays;

    private bool Place(MonthDraft trial, MonthVisit v, DateOnly date, int? hostId)
    {
        int id;
        if (hostId is null)
        {
            id = trial.Add(date, new TeamCluster(v.Township, [v]), []).Id;
        }
        else
        {
            id = hostId.Value;
            var host = trial.Find(id)!;
            if (!Fits(host.Team.Visits, v) && !MakeRoom(trial, id, v)) return false;
            host = trial.Find(id)!;
            trial.SetTeam(host, new TeamCluster(v.Township, TeamRoute.Insert(ctx, v.Township, host.Team.Visits, v)));
            // Officers who may not inspect this enterprise leave; others of their department take their place.
            foreach (var o in host.Officers.Where(o => o.Conflicts.Contains(v.Enterprise)).ToList()) trial.Leave(host, o);
        }
        // Every department of the team (a conflicted officer may have left one that v does not need).
        foreach (var d in trial.Find(id)!.Team.Departments.ToList())
            if (!Staff(trial, id, d)) return false;
        return true;
    }

    private bool Fits(IReadOnlyList<MonthVisit> visits, MonthVisit v) => TeamRoute.Fits(ctx, visits, v);

    /// <summary>Moves one visit out of the full host (with free officers) so that <paramref name="v"/> fits.</summary>
    private bool MakeRoom(MonthDraft trial, int hostId, MonthVisit v)
    {
        var host = trial.Find(hostId)!;
        var candidates = host.Team.Visits
            .Where(w => Fits(host.Team.Visits.Where(x => x != w).ToList(), v))
            .OrderBy(w => w.Departments.Length).ThenByDescending(w => w.OnSite).ThenBy(w => w.Id, StringComparer.Ordinal);
        foreach (var w in candidates)
        {
            if (outOfTime()) return false;
            int mark = trial.Mark();
            if (!Relocate(trial, w, hostId, hostId))
            {
                trial.Rollback(mark);
                continue;
            }
            trial.Commit(mark);
            return true;
        }
        return false;
    }

    /// <summary>Brings the team-day's officers of department <paramref name="d"/> up to officersPerDepartment.</summary>
    private bool Staff(MonthDraft trial, int id, int d)
    {
        string dept = ctx.Departments[d];
        while (true)
        {
            var target = trial.Find(id)!;
            if (target.Officers.Count(o => o.Department == dept) >= K) return true;
            var free = staffing.Eligible(target.Team, d, target.Date, trial.Busy[target.Date]);
            if (free.Count > 0)
            {
                trial.Join(target, staffing.Ranked(target.Team, free, trial.DaysWorked).First());
                continue;
            }
            if (outOfTime() || !(Exchange(trial, target, d) || Release(trial, id, d))) return false;
        }
    }

    /// <summary>Officers of department d on other team-days of the target's date who could serve the target.</summary>
    private IEnumerable<(TeamDayDraft Donor, Inspector Officer)> Suitable(MonthDraft trial, TeamDayDraft target, int d)
    {
        string dept = ctx.Departments[d];
        return trial.TeamDays
            .Where(t => t.Date == target.Date && t.Id != target.Id)
            .SelectMany(t => t.Officers.Where(o => o.Department == dept
                    && (string.IsNullOrEmpty(o.Township) || o.Township == target.Team.Township)
                    && !target.Team.Visits.Any(v => o.Conflicts.Contains(v.Enterprise)))
                .Select(o => (t, o)));
    }

    /// <summary>A busy officer moves to the target; a free officer his team may use takes his place there.</summary>
    private bool Exchange(MonthDraft trial, TeamDayDraft target, int d)
    {
        foreach (var (donor, officer) in Suitable(trial, target, d).Take(MaxDonors * 2))
        {
            var standIn = staffing.Eligible(donor.Team, d, donor.Date, trial.Busy[donor.Date]);
            if (standIn.Count == 0) continue;
            trial.Leave(donor, officer);
            trial.Join(donor, staffing.Ranked(donor.Team, standIn, trial.DaysWorked).First());
            trial.Join(target, officer);
            return true;
        }
        return false;
    }

    /// <summary>Another team-day of the date lets its few visits needing department d go elsewhere, releasing its officers of d.</summary>
    private bool Release(MonthDraft trial, int targetId, int d)
    {
        var target = trial.Find(targetId)!;
        var donors = Suitable(trial, target, d).Select(x => x.Donor).DistinctBy(t => t.Id)
            .Select(t => (t.Id, Needing: t.Team.Visits.Where(v => v.Departments.Contains(d)).ToList()))
            .Where(x => x.Needing.Count <= MaxReleasedVisits)
            .OrderBy(x => x.Needing.Count).ThenBy(x => x.Id)
            .Take(MaxDonors).ToList();
        foreach (var (donorId, needing) in donors)
        {
            if (outOfTime()) return false;
            int mark = trial.Mark();
            if (!needing.All(w => Relocate(trial, w, donorId, targetId)))
            {
                trial.Rollback(mark);
                continue;
            }
            trial.Commit(mark);
            return true;
        }
        return false;
    }

    /// <summary>
    /// Moves visit w out of team-day <paramref name="fromId"/> to the cheapest other place it may go with free officers
    /// (never the team-day <paramref name="avoidId"/>): another team-day of its township, else a team-day of its own.
    /// </summary>
    private bool Relocate(MonthDraft draft, MonthVisit w, int fromId, int avoidId)
    {
        var dates = Allowed(w).ToHashSet();
        (double Cost, TeamDayDraft? Host, DateOnly Date, List<Inspector> Extra)? best = null;
        foreach (int i in draft.PlacesIn(w.Township))
        {
            var t = draft.TeamDays[i];
            if (t.Id == fromId || t.Id == avoidId || !dates.Contains(t.Date)) continue;
            if (t.Team.Visits.Count >= ctx.Rules.MaxVisitsPerTeamDay || t.Officers.Any(o => o.Conflicts.Contains(w.Enterprise))) continue;
            // Fits (TeamRoute.Fits) and the route it would take, from the day's minutes now.
            double now = TeamRoute.DayMinutes(ctx, w.Township, t.Team.Visits);
            if (TeamRoute.InsertWithin(ctx, w.Township, t.Team.Visits, now, w) is not var (order, minutes)) continue;
            var grown = new TeamCluster(w.Township, order);
            if (FreeCrew(draft, grown, t.Date, w.Departments.Where(d => !t.Team.Departments.Contains(d))) is not { } extra) continue;
            double cost = minutes - now + 1000 * extra.Count;
            if (best is null || cost < best.Value.Cost) best = (cost, t, t.Date, extra);
        }
        if (best is null)
        {
            var alone = new TeamCluster(w.Township, [w]);
            foreach (var date in dates.Order())
                if (FreeCrew(draft, alone, date, w.Departments) is { } crew)
                {
                    double cost = TeamRoute.DayMinutes(ctx, w.Township, [w]) + 1000 * crew.Count;
                    if (best is null || cost < best.Value.Cost) best = (cost, null, date, crew);
                }
        }
        if (best is not { } b) return false;
        if (b.Host is { } host)
        {
            draft.SetTeam(host, new TeamCluster(w.Township, TeamRoute.Insert(ctx, w.Township, host.Team.Visits, w)));
            foreach (var o in b.Extra) draft.Join(host, o);
        }
        else draft.Add(b.Date, new TeamCluster(w.Township, [w]), b.Extra);
        draft.RemoveVisit(ctx, draft.Find(fromId)!, w);
        return true;
    }

    /// <summary>officersPerDepartment free officers of each department for the team on the date, or null.</summary>
    private List<Inspector>? FreeCrew(MonthDraft draft, TeamCluster team, DateOnly date, IEnumerable<int> departments)
    {
        var crew = new List<Inspector>();
        foreach (var d in departments)
        {
            var picks = staffing.Ranked(team, staffing.Eligible(team, d, date, draft.Busy[date]), draft.DaysWorked).Take(K).ToList();
            if (picks.Count < K) return null;
            crew.AddRange(picks);
        }
        return crew;
    }
}
