using Google.OrTools.Sat;
using Scheduler.Domain.Model;

namespace Scheduler.Solver.Monthly;

/// <summary>Writes a solution of <see cref="JointRestaffingModel"/> into the month's draft.</summary>
internal sealed class RestaffApplier(MonthContext ctx, DateStaffing staffing)
{
    private int K => ctx.Rules.OfficersPerDepartment;

    /// <summary>Officers of the modelled departments leave their team-days; moved visits go; newcomers join; officers join;
    /// team-days that lost visits send home the officers no visit needs any more, and go when empty.</summary>
    public void Apply(MonthDraft draft, List<RestaffSlot> slots, Func<BoolVar, bool> value, HashSet<int> departments)
    {
        foreach (var slot in slots.Where(s => s.Team is not null))
        {
            var modelled = slot.Officers.Select(p => p.Officer.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var o in slot.Team!.Officers.Where(o => modelled.Contains(o.Id)).ToList()) draft.Leave(slot.Team, o);
        }
        var changed = MoveVisits(draft, slots, value);
        foreach (var slot in slots)
        {
            var newcomers = slot.Incoming.Where(i => value(i.Joins) && slot.Moves.All(m => m.Visit != i.Visit)).Select(i => i.Visit).ToList();
            var officers = slot.Officers.Where(p => value(p.Serves)).Select(p => p.Officer).ToList();
            if (slot.Team is { } t)
            {
                // Moved-in visits were inserted by MoveVisits; left-out visits joining are inserted here.
                foreach (var v in newcomers.Where(v => !t.Team.Visits.Contains(v)))
                {
                    var had = t.Team.Departments.ToHashSet();
                    t.Team = new TeamCluster(t.Team.Township, TeamRoute.Insert(ctx, t.Team.Township, t.Team.Visits, v));
                    foreach (var d in v.Departments.Where(d => !departments.Contains(d) && !had.Contains(d)))
                        officers.AddRange(FreeCrew(draft, t.Team, slot.Date, d));
                }
                foreach (var o in officers) draft.Join(t, o);
            }
            else if (newcomers.Count == 1)
            {
                var team = new TeamCluster(slot.Township, newcomers);
                foreach (var d in team.Departments.Where(d => !departments.Contains(d)))
                    officers.AddRange(FreeCrew(draft, team, slot.Date, d));
                draft.Add(slot.Date, team, officers);
            }
        }
        foreach (var t in changed.Distinct())
        {
            foreach (var o in t.Officers.Where(o => !t.Team.Departments.Contains(ctx.DepartmentIndex[o.Department])).ToList()) draft.Leave(t, o);
            if (t.Team.Visits.Count == 0) draft.Drop(t);
        }
    }

    /// <summary>Moved visits leave their team-days for their hosts or a team of their own; returns the team-days that lost visits.</summary>
    private List<TeamDayDraft> MoveVisits(MonthDraft draft, List<RestaffSlot> slots, Func<BoolVar, bool> value)
    {
        var changed = new List<TeamDayDraft>();
        foreach (var slot in slots.Where(s => s.Team is not null))
            foreach (var (w, target, _) in slot.Moves.Where(m => value(m.Moves)))
            {
                var t = slot.Team!;
                t.Team = new TeamCluster(t.Team.Township, t.Team.Visits.Where(x => x != w).ToList());
                changed.Add(t);
                if (target.Host is { } host)
                    host.Team = new TeamCluster(host.Team.Township, TeamRoute.Insert(ctx, host.Team.Township, host.Team.Visits, w));
                else
                {
                    var alone = new TeamCluster(w.Township, [w]);
                    var crew = w.Departments.SelectMany(d => staffing.Ranked(alone, staffing.Eligible(alone, d, target.Date, draft.Busy[target.Date]), draft.DaysWorked).Take(K)).ToList();
                    draft.Add(target.Date, alone, crew);
                }
            }
        return changed;
    }

    private IEnumerable<Inspector> FreeCrew(MonthDraft draft, TeamCluster team, DateOnly date, int d) =>
        staffing.Ranked(team, staffing.Eligible(team, d, date, draft.Busy[date]), draft.DaysWorked).Take(K).ToList();
}
