using Scheduler.Domain.Model;

namespace Scheduler.Solver.Monthly;

/// <summary>A visit rides along with a staffed team-day of its township that has room (taking on free officers of any
/// department the team lacks): the host that grows least (route minutes, then 1,000 a new officer) takes it.</summary>
internal static class RideAlong
{
    /// <summary>True when the visit joined a team-day of <paramref name="draft"/> (changed in place).</summary>
    /// <param name="newOfficers">False: only a team-day that already has officers of every department of the visit.</param>
    public static bool TryJoin(MonthContext ctx, DateStaffing staffing, MonthDraft draft, MonthVisit v, bool newOfficers = true)
    {
        int k = ctx.Rules.OfficersPerDepartment;
        (int Index, int At, List<Inspector> Extra, double Added)? best = null;
        foreach (int i in draft.PlacesIn(v.Township))
        {
            var (date, team, officers) = (draft.TeamDays[i].Date, draft.TeamDays[i].Team, draft.TeamDays[i].Officers);
            if (team.Township != v.Township || team.Visits.Count >= ctx.Rules.MaxVisitsPerTeamDay) continue;
            if (v.Joint && !ctx.JointDays.Contains(date)) continue;
            if (!newOfficers && !v.Departments.All(team.Departments.Contains)) continue;
            if (officers.Any(o => o.Conflicts.Contains(v.Enterprise))) continue;
            if (TeamRoute.OnSiteOver(ctx, team.Visits, v)) continue;
            double now = TeamRoute.DayMinutes(ctx, team.Township, team.Visits);
            if (TeamRoute.PlaceWithin(ctx, team.Township, team.Visits, now, v) is not var (at, minutes)) continue;
            // New officers only add to the cost: a host that grows no less than the best so far without them cannot be taken.
            double grows = minutes - now;
            if (best is { } sofar && grows >= sofar.Added) continue;
            var extra = new List<Inspector>();
            bool ok = true;
            TeamCluster? grown = null;
            foreach (var d in v.Departments.Where(d => !team.Departments.Contains(d)))
            {
                grown ??= new TeamCluster(team.Township, TeamRoute.Inserted(team.Visits, v, at));
                var free = staffing.Eligible(grown, d, date, draft.Busy[date]).Take(k).ToList();
                if (free.Count < k) { ok = false; break; }
                extra.AddRange(free);
            }
            if (!ok) continue;
            double added = grows + 1000 * extra.Count;
            if (best is null || added < best.Value.Added) best = (i, at, extra, added);
        }
        if (best is not { } b) return false;
        var host = draft.TeamDays[b.Index];
        // Through the draft, so that a trial (MonthDraft.Mark) can undo the join.
        draft.SetTeam(host, new TeamCluster(host.Team.Township, TeamRoute.Inserted(host.Team.Visits, v, b.At)));
        foreach (var o in b.Extra) draft.Join(host, o);
        return true;
    }
}
