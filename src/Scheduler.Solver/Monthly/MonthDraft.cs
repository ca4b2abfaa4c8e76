using Scheduler.Domain.Model;

namespace Scheduler.Solver.Monthly;

/// <summary>
/// The team-days of a month while they are built, with who is busy on which date and how many days each officer
/// works. Every change keeps the draft valid (§3 rules 2–6) as long as callers only add teams and officers that fit.
/// A trial change is made in place between <see cref="Mark"/> and <see cref="Commit"/> or <see cref="Rollback"/>: while a
/// mark is open every change through this class is journaled, so a failed trial is undone exactly (a copy of a large
/// month per trial cost the repair most of its time on a 60,000-enterprise county).
/// </summary>
internal sealed class MonthDraft
{
    private List<TeamDayDraft> _teamDays = [];

    /// <summary>The team-days in the order they were added (a removed one leaves its place).</summary>
    public IReadOnlyList<TeamDayDraft> TeamDays => _teamDays;

    /// <summary>Changes of <see cref="TeamDays"/> (added, removed, put back): when <see cref="_townships"/> was built.</summary>
    private int _version, _indexedAt = -1;
    private Dictionary<string, List<int>> _townships = new(StringComparer.Ordinal);
    public Dictionary<DateOnly, ISet<string>> Busy { get; private set; } = [];
    public Dictionary<string, int> DaysWorked { get; private set; } = new(StringComparer.Ordinal);
    private int _nextId;
    private readonly List<Action> _undo = [];
    private int _open;

    public MonthDraft(IEnumerable<DateOnly> workingDays)
    {
        foreach (var d in workingDays) Busy[d] = new HashSet<string>(StringComparer.Ordinal);
    }

    private MonthDraft() { }

    public TeamDayDraft Add(DateOnly date, TeamCluster team, List<Inspector> officers)
    {
        var td = new TeamDayDraft(_nextId++, date, team, []);
        _teamDays.Add(td);
        Changed(added: td);
        Journal(() =>
        {
            _teamDays.RemoveAt(_teamDays.Count - 1);
            Changed(removedLast: td);
            _nextId--;
        });
        foreach (var o in officers) Join(td, o);
        return td;
    }

    public void Join(TeamDayDraft td, Inspector o)
    {
        td.Officers.Add(o);
        bool wasBusy = !Busy[td.Date].Add(o.Id);
        bool worked = DaysWorked.TryGetValue(o.Id, out int days);
        DaysWorked[o.Id] = days + 1;
        Journal(() =>
        {
            td.Officers.RemoveAt(td.Officers.Count - 1);
            if (!wasBusy) Busy[td.Date].Remove(o.Id);
            if (worked) DaysWorked[o.Id] = days;
            else DaysWorked.Remove(o.Id);
        });
    }

    public void Leave(TeamDayDraft td, Inspector o)
    {
        int at = td.Officers.IndexOf(o);
        if (at >= 0) td.Officers.RemoveAt(at);
        bool wasBusy = Busy[td.Date].Remove(o.Id);
        bool worked = DaysWorked.TryGetValue(o.Id, out int days);
        DaysWorked[o.Id] = days - 1;
        Journal(() =>
        {
            if (at >= 0) td.Officers.Insert(at, o);
            if (wasBusy) Busy[td.Date].Add(o.Id);
            if (worked) DaysWorked[o.Id] = days;
            else DaysWorked.Remove(o.Id);
        });
    }

    /// <summary>Gives a team-day a new route (visits).</summary>
    public void SetTeam(TeamDayDraft td, TeamCluster team)
    {
        var before = td.Team;
        td.Team = team;
        Journal(() => td.Team = before);
    }

    /// <summary>Opens a trial: changes from here on can be undone by <see cref="Rollback"/>. Marks nest.</summary>
    public int Mark()
    {
        _open++;
        return _undo.Count;
    }

    /// <summary>Keeps the trial's changes (an enclosing trial may still undo them).</summary>
    public void Commit(int mark)
    {
        System.Diagnostics.Debug.Assert(mark <= _undo.Count, "marks close in order");
        if (--_open == 0) _undo.Clear();
    }

    /// <summary>Undoes every change since <paramref name="mark"/>, newest first.</summary>
    public void Rollback(int mark)
    {
        for (int i = _undo.Count - 1; i >= mark; i--) _undo[i]();
        _undo.RemoveRange(mark, _undo.Count - mark);
        if (--_open == 0) _undo.Clear();
    }

    private void Journal(Action undo)
    {
        if (_open > 0) _undo.Add(undo);
    }

    /// <summary>Takes a visit out of a team-day: the route keeps its order, officers of departments no visit needs any more go home, an empty team-day goes.</summary>
    public void RemoveVisit(MonthContext ctx, TeamDayDraft td, MonthVisit v)
    {
        SetTeam(td, new TeamCluster(td.Team.Township, td.Team.Visits.Where(w => w != v).ToList()));
        foreach (var o in td.Officers.Where(o => !td.Team.Departments.Contains(ctx.DepartmentIndex[o.Department])).ToList())
            Leave(td, o);
        if (td.Team.Visits.Count > 0) return;
        Drop(td);
    }

    /// <summary>Takes a team-day out of the draft (its officers stay as they are: the caller lets them go first).</summary>
    public void Drop(TeamDayDraft td)
    {
        int at = _teamDays.IndexOf(td);
        if (at < 0) return;
        _teamDays.RemoveAt(at);
        _version++;
        Journal(() =>
        {
            _teamDays.Insert(at, td);
            _version++;
        });
    }

    /// <summary>
    /// <see cref="TeamDays"/> changed: a team-day added at the end (or that one taken back) keeps the township index up to
    /// date, as the place it gets or gives up is the last; any other change has it built again when next asked for.
    /// </summary>
    private void Changed(TeamDayDraft? added = null, TeamDayDraft? removedLast = null)
    {
        bool current = _indexedAt == _version;
        _version++;
        if (!current) return;
        if (added is not null)
        {
            if (!_townships.TryGetValue(added.Team.Township, out var places)) _townships[added.Team.Township] = places = [];
            places.Add(_teamDays.Count - 1);
        }
        else if (removedLast is not null && _townships.TryGetValue(removedLast.Team.Township, out var places) && places.Count > 0
                 && places[^1] == _teamDays.Count)
            places.RemoveAt(places.Count - 1);
        else return;
        _indexedAt = _version;
    }

    /// <summary>The places in <see cref="TeamDays"/> of a township's team-days, in order (empty: none). The list follows the
    /// draft: go through it before adding or removing a team-day. A team-day keeps its township: its team changes only within it.</summary>
    public IReadOnlyList<int> PlacesIn(string township)
    {
        if (_indexedAt != _version)
        {
            _townships = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < _teamDays.Count; i++)
            {
                if (!_townships.TryGetValue(_teamDays[i].Team.Township, out var places)) _townships[_teamDays[i].Team.Township] = places = [];
                places.Add(i);
            }
            _indexedAt = _version;
        }
        return _townships.TryGetValue(township, out var found) ? found : [];
    }

    /// <summary>The team-day with this id, or null when it has gone.</summary>
    public TeamDayDraft? Find(int id) => _teamDays.Find(t => t.Id == id);

    /// <summary>A separate copy (no trial may be open).</summary>
    public MonthDraft Clone() => _open > 0 ? throw new InvalidOperationException("a trial is open") : new()
    {
        _nextId = _nextId,
        _teamDays = _teamDays.Select(t => t.Clone()).ToList(),
        Busy = Busy.ToDictionary(kv => kv.Key, kv => (ISet<string>)new HashSet<string>(kv.Value, StringComparer.Ordinal)),
        DaysWorked = new Dictionary<string, int>(DaysWorked, StringComparer.Ordinal),
    };
}
