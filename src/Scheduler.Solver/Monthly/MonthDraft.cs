using Scheduler.Domain.Model;

namespace Scheduler.Solver.Monthly;

/// <summary>
/// The team-days of a month while they are built, with who is busy on which date and how many days each officer
/// works. Every change keeps the draft valid (§3 rules 2–6) as long as callers only add teams and officers that fit.
/// </summary>
internal sealed class MonthDraft
{
    public List<TeamDayDraft> TeamDays { get; private set; } = [];
    public Dictionary<DateOnly, ISet<string>> Busy { get; private set; } = [];
    public Dictionary<string, int> DaysWorked { get; private set; } = new(StringComparer.Ordinal);
    private int _nextId;

    public MonthDraft(IEnumerable<DateOnly> workingDays)
    {
        foreach (var d in workingDays) Busy[d] = new HashSet<string>(StringComparer.Ordinal);
    }

    private MonthDraft() { }

    public TeamDayDraft Add(DateOnly date, TeamCluster team, List<Inspector> officers)
    {
        var td = new TeamDayDraft(_nextId++, date, team, []);
        TeamDays.Add(td);
        foreach (var o in officers) Join(td, o);
        return td;
    }

    public void Join(TeamDayDraft td, Inspector o)
    {
        td.Officers.Add(o);
        Busy[td.Date].Add(o.Id);
        DaysWorked[o.Id] = DaysWorked.GetValueOrDefault(o.Id) + 1;
    }

    public void Leave(TeamDayDraft td, Inspector o)
    {
        td.Officers.Remove(o);
        Busy[td.Date].Remove(o.Id);
        DaysWorked[o.Id] = DaysWorked.GetValueOrDefault(o.Id) - 1;
    }

    /// <summary>Takes a visit out of a team-day: the route keeps its order, officers of departments no visit needs any more go home, an empty team-day goes.</summary>
    public void RemoveVisit(MonthContext ctx, TeamDayDraft td, MonthVisit v)
    {
        td.Team = new TeamCluster(td.Team.Township, td.Team.Visits.Where(w => w != v).ToList());
        foreach (var o in td.Officers.Where(o => !td.Team.Departments.Contains(ctx.DepartmentIndex[o.Department])).ToList())
            Leave(td, o);
        if (td.Team.Visits.Count == 0) TeamDays.Remove(td);
    }

    /// <summary>The team-day with this id, or null when it has gone.</summary>
    public TeamDayDraft? Find(int id) => TeamDays.Find(t => t.Id == id);

    /// <summary>Takes over the state of <paramref name="copy"/> (a clone of this draft that was changed).</summary>
    public void TakeOver(MonthDraft copy)
    {
        TeamDays = copy.TeamDays;
        Busy = copy.Busy;
        DaysWorked = copy.DaysWorked;
        _nextId = copy._nextId;
    }

    public MonthDraft Clone() => new()
    {
        _nextId = _nextId,
        TeamDays = TeamDays.Select(t => t.Clone()).ToList(),
        Busy = Busy.ToDictionary(kv => kv.Key, kv => (ISet<string>)new HashSet<string>(kv.Value, StringComparer.Ordinal)),
        DaysWorked = new Dictionary<string, int>(DaysWorked, StringComparer.Ordinal),
    };
}
