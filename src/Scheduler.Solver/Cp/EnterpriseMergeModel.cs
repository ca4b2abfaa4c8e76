using Google.OrTools.Sat;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Cp;

/// <summary>
/// One enterprise's merge problem inside a CP-SAT model, month-indexed with visit slots:
/// y[m,s] a visit in slot s of month m; x[n,m,s] need n served there; z[d,m,s] department d takes part;
/// u[n] occurrences of n left unassigned (only when allowed). Month indexing removes the symmetry of
/// "visit 1 / visit 2"; slots within a month are ordered. Several of these can share one model,
/// coupled by capacity constraints the caller adds over <see cref="DepartmentUses"/>.
/// </summary>
internal sealed class EnterpriseMergeModel
{
    private readonly CompiledInstance _ci;
    private readonly int[] _needs;
    private readonly int[] _slots = new int[13];
    private readonly Dictionary<(int Month, int Slot), BoolVar> _y = [];
    private readonly Dictionary<(int Need, int Month, int Slot), BoolVar> _x = [];
    private readonly Dictionary<(int Department, int Month, int Slot), BoolVar> _z = [];
    private readonly Dictionary<int, IntVar> _u = [];
    private readonly List<IntVar> _aux = [];

    public int Enterprise { get; }

    /// <param name="slotsPerMonth">Visits allowed per month (index 1–12); capped at the needs the month can hold.</param>
    /// <param name="allowUnplaced">Lets occurrences go unassigned, at a cost the caller puts in the objective.</param>
    public EnterpriseMergeModel(CpModel model, CompiledInstance ci, int enterprise, int[] slotsPerMonth, bool allowUnplaced)
    {
        _ci = ci;
        Enterprise = enterprise;
        _needs = ci.NeedsOfEnterprise[enterprise];
        CreateVariables(model, slotsPerMonth, allowUnplaced);
        AddEveryOccurrenceOnce(model);
        AddMinimumGap(model);
        AddTaskNeedsItsDepartment(model);
        AddDepartmentsOnlyOnVisits(model);
        AddMaxDepartmentsPerVisit(model);
        AddMaxVisitMinutes(model);
        AddStandaloneAlone(model);
        AddTierCap(model);
    }

    public IEnumerable<BoolVar> VisitVars => _y.Values;

    public IEnumerable<BoolVar> DepartmentVars => _z.Values;

    public IEnumerable<IntVar> UnplacedVars => _u.Values;

    /// <summary>
    /// Which occurrences are left out where the enterprise cannot hold them all (its tier cap, a full capacity): an
    /// occurrence of its k-th need (in instance order) left out counts (needs − 1 − k), so of the choices leaving out
    /// as many, the one leaving out its last-listed needs scores least. The planners minimise it last but for
    /// department-visits: where a tier cap leaves one check out, the replan (which keeps the published checks, listed
    /// first) and a plan from scratch leave out the same, later-listed one. Zero when nothing may be left out.
    /// </summary>
    public LinearExpr LeftOutOrder => LinearExpr.WeightedSum(_u.Select(kv => kv.Value), _u.Select(kv => (long)LeftOutWeight(kv.Key)));

    /// <summary>The most <see cref="LeftOutOrder"/> can be.</summary>
    public long LeftOutOrderMax => _u.Keys.Sum(n => (long)LeftOutWeight(n) * _ci.Needs[n].Times);

    private int LeftOutWeight(int need) => _needs.Length - 1 - Array.IndexOf(_needs, need);

    /// <summary>Every (department, month, variable) that counts against that department-month's capacity.</summary>
    public IEnumerable<(int Department, int Month, BoolVar Uses)> DepartmentUses =>
        _z.Select(kv => (kv.Key.Department, kv.Key.Month, kv.Value));

    /// <summary>Slots per month that can hold every visit of <paramref name="schedule"/> and at least <paramref name="minimum"/> more where needs allow.</summary>
    public static int[] SlotsFor(CompiledInstance ci, int enterprise, int minimum, EnterpriseSchedule? schedule)
    {
        var slots = new int[13];
        for (int m = 1; m <= 12; m++)
        {
            int holdable = ci.NeedsOfEnterprise[enterprise].Count(n => MonthSet.Contains(ci.Needs[n].MonthMask, m));
            int used = schedule?.Visits.Count(v => v.Month == m) ?? 0;
            slots[m] = Math.Min(holdable, Math.Max(minimum, used));
        }
        return slots;
    }

    // ---- variables -------------------------------------------------------------------------------

    private void CreateVariables(CpModel model, int[] slotsPerMonth, bool allowUnplaced)
    {
        string e = _ci.EnterpriseIds[Enterprise];
        for (int m = 1; m <= 12; m++)
        {
            var here = _needs.Where(n => MonthSet.Contains(_ci.Needs[n].MonthMask, m)).ToArray();
            _slots[m] = Math.Min(slotsPerMonth[m], here.Length);
            for (int s = 0; s < _slots[m]; s++)
            {
                _y[(m, s)] = model.NewBoolVar($"visit[{e},m{m},s{s}]");
                foreach (var n in here)
                {
                    _x[(n, m, s)] = model.NewBoolVar($"serve[{_ci.Needs[n].Id},m{m},s{s}]");
                    var d = _ci.Needs[n].Department;
                    if (!_z.ContainsKey((d, m, s)))
                        _z[(d, m, s)] = model.NewBoolVar($"dept[{e},{_ci.DepartmentIds[d]},m{m},s{s}]");
                }
            }
        }
        if (allowUnplaced)
            foreach (var n in _needs)
                _u[n] = model.NewIntVar(0, _ci.Needs[n].Times, $"unassigned[{_ci.Needs[n].Id}]");
    }

    private IEnumerable<BoolVar> ServesOf(int n, int month) =>
        Enumerable.Range(0, _slots[month]).Select(s => _x.GetValueOrDefault((n, month, s))).OfType<BoolVar>();

    // ---- hard constraints ------------------------------------------------------------------------

    /// <summary>Every occurrence of every need is served once, or counted as unassigned.</summary>
    private void AddEveryOccurrenceOnce(CpModel model)
    {
        foreach (var n in _needs)
        {
            var served = _x.Where(kv => kv.Key.Need == n).Select(kv => (LinearExpr)kv.Value).ToList();
            var total = LinearExpr.Sum(served);
            if (_u.TryGetValue(n, out var u)) model.Add(total + u == _ci.Needs[n].Times);
            else model.Add(total == _ci.Needs[n].Times);
        }
    }

    /// <summary>Occurrences of a need lie at least its gap apart: any window of gap consecutive months holds at most one.</summary>
    private void AddMinimumGap(CpModel model)
    {
        foreach (var n in _needs)
        {
            int gap = _ci.Needs[n].Gap;
            for (int start = 1; start <= 12; start++)
            {
                var window = Enumerable.Range(start, Math.Min(gap, 13 - start)).SelectMany(m => ServesOf(n, m)).ToList();
                if (window.Count > 1) model.Add(LinearExpr.Sum(window) <= 1);
                if (start + gap > 12) break;
            }
        }
    }

    /// <summary>A served need brings its department into the visit.</summary>
    private void AddTaskNeedsItsDepartment(CpModel model)
    {
        foreach (var ((n, m, s), x) in _x)
            model.AddImplication(x, _z[(_ci.Needs[n].Department, m, s)]);
    }

    /// <summary>A department takes part only in a visit that exists, and only with a task of its own.</summary>
    private void AddDepartmentsOnlyOnVisits(CpModel model)
    {
        foreach (var ((d, m, s), z) in _z)
        {
            model.AddImplication(z, _y[(m, s)]);
            var own = _needs.Where(n => _ci.Needs[n].Department == d)
                .Select(n => _x.GetValueOrDefault((n, m, s))).OfType<BoolVar>().ToList();
            model.Add(LinearExpr.Sum(own) >= z);
        }
        foreach (var ((m, s), y) in _y)
        {
            var any = _z.Where(kv => kv.Key.Month == m && kv.Key.Slot == s).Select(kv => kv.Value).ToList();
            model.Add(LinearExpr.Sum(any) >= y);
            if (s > 0) model.AddImplication(y, _y[(m, s - 1)]); // slots fill in order
        }
    }

    /// <summary>A visit carries at most maxDepartmentsPerVisit departments.</summary>
    private void AddMaxDepartmentsPerVisit(CpModel model)
    {
        foreach (var ((m, s), _) in _y)
        {
            // Written against y (not a constant) so that the LP relaxation sees visits ≥ department-visits / max.
            var depts = _z.Where(kv => kv.Key.Month == m && kv.Key.Slot == s).Select(kv => kv.Value).ToList();
            if (depts.Count > 1)
                model.Add(LinearExpr.Sum(depts) <= _y[(m, s)] * Math.Min(depts.Count, _ci.MaxDepartmentsPerVisit));
        }
    }

    /// <summary>Each department's share (distinct items of its tasks) fits maxVisitMinutes.</summary>
    private void AddMaxVisitMinutes(CpModel model)
    {
        foreach (var ((d, m, s), _) in _z)
        {
            var own = _needs.Where(n => _ci.Needs[n].Department == d && _x.ContainsKey((n, m, s))).ToList();
            var itemCount = own.SelectMany(n => _ci.Needs[n].Items).GroupBy(i => i).ToDictionary(g => g.Key, g => g.Count());
            if (itemCount.Keys.Sum(i => _ci.ItemMinutes[i]) <= _ci.MaxVisitMinutes) continue;
            var expr = LinearExpr.NewBuilder();
            foreach (var n in own)
            {
                int unshared = _ci.Needs[n].Items.Where(i => itemCount[i] == 1).Sum(i => _ci.ItemMinutes[i]);
                expr.AddTerm(_x[(n, m, s)], unshared);
            }
            foreach (var (item, count) in itemCount.Where(kv => kv.Value > 1))
            {
                // A check item shared by two needs of one department is done once.
                var w = model.NewBoolVar($"item[{_ci.Source.CheckItems[item].Id},{_ci.EnterpriseIds[Enterprise]},m{m},s{s}]");
                _aux.Add(w);
                foreach (var n in own.Where(n => _ci.Needs[n].Items.Contains(item)))
                    model.AddImplication(_x[(n, m, s)], w);
                expr.AddTerm(w, _ci.ItemMinutes[item]);
            }
            model.Add(expr <= _ci.MaxVisitMinutes);
        }
    }

    /// <summary>A visit holding a standalone need carries its department only.</summary>
    private void AddStandaloneAlone(CpModel model)
    {
        foreach (var ((n, m, s), x) in _x)
        {
            if (!_ci.Needs[n].Standalone) continue;
            foreach (var ((d, mm, ss), z) in _z)
                if (mm == m && ss == s && d != _ci.Needs[n].Department)
                    model.AddBoolOr([x.Not(), z.Not()]);
        }
    }

    /// <summary>The enterprise's credit tier caps its visits in the year.</summary>
    private void AddTierCap(CpModel model)
    {
        int cap = _ci.EnterpriseCap[Enterprise];
        if (cap != CompiledInstance.Unbounded && _y.Count > cap)
            model.Add(LinearExpr.Sum(_y.Values) <= cap);
    }

    // ---- pins (replanning) -----------------------------------------------------------------------

    /// <summary>Visit slots of <paramref name="month"/> in the model.</summary>
    public int SlotCount(int month) => _slots[month];

    /// <summary>The variables "need <paramref name="need"/> is served in month <paramref name="month"/>", one per slot.</summary>
    public IEnumerable<BoolVar> Serves(int need, int month) => ServesOf(need, month);

    /// <summary>The visit variable of a slot.</summary>
    public BoolVar VisitVar(int month, int slot) => _y[(month, slot)];

    /// <summary>Fixes slot <paramref name="slot"/> of <paramref name="month"/> to a visit serving exactly <paramref name="needs"/> (a pinned visit).</summary>
    public void Pin(CpModel model, int month, int slot, IReadOnlyCollection<int> needs)
    {
        model.Add(_y[(month, slot)] == 1);
        foreach (var n in _needs)
        {
            if (_x.TryGetValue((n, month, slot), out var x)) model.Add(x == (needs.Contains(n) ? 1 : 0));
            else if (needs.Contains(n))
                throw new InvalidOperationException($"need {_ci.Needs[n].Id} cannot be pinned in month {month}: the month is closed to it");
        }
    }

    /// <summary>
    /// Fixes slot <paramref name="slot"/> of <paramref name="month"/> to a visit that keeps <paramref name="needs"/> except
    /// <paramref name="leavable"/>, which may leave it, and may take the other needs the month holds that <paramref name="mayTake"/>
    /// allows (a published visit of the frozen month that gives way where a change forces it). Returns the number of changes:
    /// needs taken plus needs gone.
    /// </summary>
    /// <remarks>The caller keeps at least one need of <paramref name="needs"/> out of <paramref name="leavable"/>: the visit stays.</remarks>
    public LinearExpr PinOpen(CpModel model, int month, int slot, IReadOnlyCollection<int> needs, IReadOnlyCollection<int> leavable, Func<int, bool> mayTake)
    {
        model.Add(_y[(month, slot)] == 1);
        var changes = new List<LinearExpr>();
        foreach (var n in _needs)
        {
            if (!_x.TryGetValue((n, month, slot), out var x))
            {
                if (needs.Contains(n))
                    throw new InvalidOperationException($"need {_ci.Needs[n].Id} cannot be pinned in month {month}: the month is closed to it");
                continue;
            }
            if (!needs.Contains(n))
            {
                if (mayTake(n)) changes.Add(x);
                else model.Add(x == 0);
            }
            else if (leavable.Contains(n)) changes.Add(1 - x);
            else model.Add(x == 1);
        }
        return LinearExpr.Sum(changes);
    }

    // ---- hint and extraction ---------------------------------------------------------------------

    /// <summary>Hints a complete assignment from a schedule (visits beyond the slots are left to the solver).</summary>
    public void Hint(CpModel model, EnterpriseSchedule schedule)
    {
        var on = new HashSet<IntVar>();
        foreach (var group in schedule.Visits.GroupBy(v => v.Month))
        {
            int s = 0;
            foreach (var v in group)
            {
                if (s >= _slots[group.Key]) break;
                on.Add(_y[(group.Key, s)]);
                foreach (var n in v.Needs)
                {
                    if (_x.TryGetValue((n, group.Key, s), out var x)) on.Add(x);
                    on.Add(_z[(_ci.Needs[n].Department, group.Key, s)]);
                }
                s++;
            }
        }
        foreach (var v in _y.Values.Concat(_x.Values).Concat(_z.Values)) model.AddHint(v, on.Contains(v) ? 1 : 0);
        var missing = schedule.Unplaced.GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (n, u) in _u) model.AddHint(u, missing.GetValueOrDefault(n));
    }

    public EnterpriseSchedule Extract(CpSolver solver)
    {
        var visits = new List<ScheduledVisit>();
        for (int m = 1; m <= 12; m++)
            for (int s = 0; s < _slots[m]; s++)
            {
                if (!solver.BooleanValue(_y[(m, s)])) continue;
                var served = _needs.Where(n => _x.TryGetValue((n, m, s), out var x) && solver.BooleanValue(x)).ToArray();
                if (served.Length > 0) visits.Add(new ScheduledVisit(m, served));
            }
        var unplaced = new List<int>();
        foreach (var (n, u) in _u)
            for (long k = solver.Value(u); k > 0; k--) unplaced.Add(n);
        return new EnterpriseSchedule(Enterprise, visits, unplaced);
    }
}
