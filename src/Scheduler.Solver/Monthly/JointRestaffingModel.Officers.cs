using Google.OrTools.Sat;

namespace Scheduler.Solver.Monthly;

/// <summary>The officers' rule of <see cref="JointRestaffingModel"/>: who serves which team-day of a date.</summary>
internal sealed partial class JointRestaffingModel
{
    /// <summary>
    /// On a date, each team-day has exactly K officers of each modelled department it needs (needed while one of its visits
    /// of that department stays or a newcomer needing it joins), each officer serves at most one team-day, officers
    /// busy on a team that does not need them stay there, and an officer never serves a team-day visiting an enterprise
    /// they have a conflict (回避) with.
    /// </summary>
    private void TeamDaysHaveTheirOfficers(DateOnly date)
    {
        var today = Slots.Where(s => s.Date == date).ToList();
        var byOfficer = new Dictionary<string, List<BoolVar>>(StringComparer.Ordinal);
        foreach (var d in Departments)
        {
            string dept = _ctx.Departments[d];
            // Busy on a team that does not need them: left alone.
            var stuck = today.Where(s => s.Team is not null)
                .SelectMany(s => s.Team!.Officers.Where(o => o.Department == dept && !s.Team.Team.Departments.Contains(d)))
                .Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var slot in today)
            {
                var droppable = slot.Drops.Where(p => p.Visit.Departments.Contains(d)).ToList();
                bool alwaysNeeded = slot.Visits.Any(v => v.Departments.Contains(d) && !droppable.Any(p => p.Visit == v));
                var incoming = slot.Incoming.Where(o => o.Visit.Departments.Contains(d)).ToList();
                if (!alwaysNeeded && incoming.Count == 0 && droppable.Count == 0) continue;
                var serving = new List<BoolVar>();
                foreach (var o in _ctx.OfficersOf[d])
                {
                    if (stuck.Contains(o.Id) || o.Unavailable.Contains(date)) continue;
                    if (!string.IsNullOrEmpty(o.Township) && o.Township != slot.Township) continue;
                    if (slot.Visits.Any(v => o.Conflicts.Contains(v.Enterprise))) continue;
                    var serves = NewBool($"x[{o.Id},{Slots.IndexOf(slot)}]");
                    bool now = slot.Team is { } t && t.Officers.Contains(o);
                    Cp.AddHint(serves, now ? 1 : 0);
                    foreach (var (_, joins) in slot.Incoming.Where(p => o.Conflicts.Contains(p.Visit.Enterprise)))
                        Cp.AddImplication(joins, serves.Not());
                    serving.Add(serves);
                    slot.Officers.Add((o, serves));
                    Objective.Add((serves, -OfficerWeight + (now ? 1 : 0)));
                    Add(byOfficer, o.Id, serves);
                }
                if (alwaysNeeded) { Cp.Add(LinearExpr.Sum(serving) == K); continue; }
                var needed = NewBool($"need[{Slots.IndexOf(slot)},{d}]");
                Cp.AddHint(needed, droppable.Count > 0 ? 1 : 0);
                foreach (var (_, leaves) in droppable) Cp.AddBoolOr([needed, leaves]);
                foreach (var (_, joins) in incoming) Cp.AddImplication(joins, needed);
                Cp.Add(needed <= LinearExpr.Sum(incoming.Select(i => i.Joins)) + droppable.Count - LinearExpr.Sum(droppable.Select(p => p.Leaves)));
                Cp.Add(LinearExpr.Sum(serving) == K * needed);
            }
        }
        foreach (var list in byOfficer.Values)
            if (list.Count > 1) Cp.AddAtMostOne(list);
    }
}
