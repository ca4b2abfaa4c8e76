using Scheduler.Domain.Model;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Cp;
using Scheduler.Solver.Heuristics;
using Scheduler.Solver.Scheduling;
using Scheduler.Solver.Work;

namespace Scheduler.Solver.Planners;

/// <summary>One solve of the <see cref="OptimizedPlanner"/>: its state and its three phases.</summary>
internal sealed class OptimizedRun
{
    // Shares of the deterministic work budget at which each phase must hand over.
    private const double SoloShare = 0.4, ConstructShare = 0.55, RepairShare = 1.0;
    // Deterministic seconds of one sub-solve: a profile alone, a construction step, an LNS round.
    private const double SoloWorkCap = 1.0, ConstructSolveWork = 0.25, RepairWorkCap = 0.25;
    private const int WholeCountyRepair = 400, RepairSeeds = 8, RepairNeighbours = 20, RepairPatience = 40, MaxRepairRounds = 20_000;

    private readonly CompiledInstance _ci;
    private readonly PlannerOptions _options;
    private readonly IProgress<SolveProgress>? _progress;
    private readonly CancellationToken _ct;
    private readonly WorkBudget _budget;
    private readonly Random _random;
    private readonly List<Profile> _profiles;
    private readonly Profile?[] _profileOf;
    private readonly EnterpriseSchedule?[] _schedules;
    private readonly CapacityLedger _ledger;
    private int _bound;
    private int _repairRound;
    private bool _boundExact;

    public OptimizedRun(Instance instance, PlannerOptions options, IProgress<SolveProgress>? progress, CancellationToken ct)
    {
        _ci = new CompiledInstance(instance);
        _options = options;
        _progress = progress;
        _ct = ct;
        _budget = new WorkBudget(options.Work, options.TimeLimit);
        _random = new Random(options.Seed);
        _profiles = ProfileCatalog.Build(_ci);
        _profileOf = new Profile?[_ci.EnterpriseIds.Length];
        foreach (var p in _profiles)
            foreach (var e in p.Members) _profileOf[e] = p;
        _schedules = new EnterpriseSchedule?[_ci.EnterpriseIds.Length];
        _ledger = new CapacityLedger(_ci);
    }

    public PlanResult Execute()
    {
        // The greedy yardstick first (milliseconds): a complete plan from the start, reported as the best so
        // far, and the safety net at the end — never return worse than it.
        var greedy = GreedyPlanner.Schedules(_ci);
        var (greedyUnplaced, greedyVisits, _) = Totals(greedy);
        Report("greedy plan as a start", 0.01, greedyVisits, greedyUnplaced);
        SolveProfilesAlone();
        Construct();
        PlaceByChains();
        ImproveByChains();
        Repair();
        var schedules = _schedules.OfType<EnterpriseSchedule>().ToList();
        if (Totals(greedy).CompareTo(Totals(schedules)) < 0) schedules = greedy;
        var (unplaced, visits, _) = Totals(schedules);
        var status = _ct.IsCancellationRequested ? SolveStatus.Cancelled
            : unplaced == 0 && visits == _bound && _boundExact ? SolveStatus.Optimal
            : _budget.CutByTimeLimit ? SolveStatus.TimeLimit
            : SolveStatus.Feasible;
        Report("done", 1, visits, unplaced);
        return PlanResults.Build(_ci, schedules, "optimized", status, _budget.Elapsed, _bound, _boundExact) with
        {
            Work = new WorkFigures(_options.Work, _budget.Used, _repairRound, _budget.CutByTimeLimit),
        };
    }

    // ---- phase 1: every profile alone, capacity ignored ------------------------------------------

    private void SolveProfilesAlone()
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Workers) };
        var soloMerger = new GreedyMerger(_ci, ledger: null);
        Report("merging each enterprise alone", 0, null, null);
        Parallel.ForEach(_profiles, parallel, p =>
        {
            var greedy = soloMerger.Merge(p.Representative);
            p.Trivial = greedy.Unplaced.Count == 0
                        && greedy.VisitCount == EnterpriseSolver.LowerBoundFromNeeds(_ci, p.Representative)
                        && greedy.DepartmentVisits(_ci) == DepartmentLowerBound(p.Representative);
            p.Solo = new SoloSolution(greedy, EnterpriseSolver.LowerBoundFromNeeds(_ci, p.Representative));
        });
        var hard = _profiles.Where(p => !p.Trivial).ToList();
        int done = 0;
        // The same share for every hard profile, fixed before any runs: what a profile gets never depends on the
        // order in which the workers finish, so the bound and the plan replay.
        double share = hard.Count == 0 ? 0 : Math.Min(SoloWorkCap, _budget.Left(SoloShare) / hard.Count);
        Parallel.ForEach(hard, parallel, p =>
        {
            if (share > 0 && !_ct.IsCancellationRequested && !_budget.SafetyReached)
                p.Solo = EnterpriseSolver.SolveAlone(_ci, p.Representative, p.Solo!.Schedule, _options.Seed, share, _budget);
            if (Interlocked.Increment(ref done) % 50 == 0)
                Report("solving enterprises alone", (double)done / hard.Count * 0.3, null, null);
        });
        _bound = _profiles.Sum(p => p.Solo!.VisitsBound * p.Members.Count);
        _boundExact = _profiles.All(p => p.Solo!.Optimal);
        Report($"{_profiles.Count} profiles solved alone ({hard.Count} needed CP-SAT)", 0.3, null, null);
    }

    /// <summary>Each department needs at least as many visits as its most frequent need there.</summary>
    private int DepartmentLowerBound(int e) =>
        _ci.NeedsOfEnterprise[e].GroupBy(n => _ci.Needs[n].Department).Sum(g => g.Max(n => _ci.Needs[n].Times));

    // ---- phase 2: build the plan into the capacity that is left ----------------------------------

    private void Construct()
    {
        var merger = new GreedyMerger(_ci, _ledger);
        var order = _profiles.SelectMany(p => p.Members)
            .OrderBy(e => _profileOf[e]!.Trivial)
            .ThenBy(Flexibility)
            .ThenBy(e => e)
            .ToList();
        int visits = 0, unplaced = 0;
        foreach (var e in order) _ledger.Expect(e, +1);
        for (int k = 0; k < order.Count; k++)
        {
            int e = order[k];
            _ledger.Expect(e, -1);
            // The best this enterprise can do alone; capacity permitting, that is what it gets.
            var target = _profileOf[e]!.Solo!.Schedule.Quality(_ci);
            var s = merger.Merge(e);
            if (s.Quality(_ci).CompareTo(target) > 0)
            {
                var template = ProfileCatalog.Translate(_ci, _profileOf[e]!.Solo!.Schedule, e);
                if (Fits(template) && template.Quality(_ci).CompareTo(s.Quality(_ci)) < 0) s = template;
            }
            if (s.Quality(_ci).CompareTo(target) > 0 && !Past(ConstructShare) && !_ct.IsCancellationRequested)
            {
                var solved = CapacityRepair.Solve(_ci, [s], _ledger, _options.Seed, Math.Min(ConstructSolveWork, _budget.Left(ConstructShare)), _budget, _ct);
                if (solved is not null && solved[0].Quality(_ci).CompareTo(s.Quality(_ci)) < 0) s = solved[0];
            }
            _ledger.Add(s);
            _schedules[e] = s;
            visits += s.VisitCount;
            unplaced += s.Unplaced.Count;
            if (k % 2000 == 0) Report("building the plan within capacity", 0.3 + 0.3 * k / order.Count, visits, unplaced);
        }
        Report("plan built", 0.6, visits, unplaced);
    }

    /// <summary>Room to move: Σ over needs of allowed months beyond the ones its occurrences must use.</summary>
    private int Flexibility(int e) => _ci.NeedsOfEnterprise[e].Sum(n =>
        _ci.Needs[n].Months.Length - ((_ci.Needs[n].Times - 1) * _ci.Needs[n].Gap + 1));

    private bool Fits(EnterpriseSchedule s) =>
        s.Uses(_ci).GroupBy(c => c).All(g => _ledger.Residual(g.Key.Department, g.Key.Month) >= g.Count());

    // ---- phase 3: ejection chains for what is unassigned, then LNS ---------------------------------

    /// <summary>Enterprises above their solo optimum try that optimum, shifted to any month offset, making room by chains.</summary>
    private void ImproveByChains()
    {
        var chains = new EjectionChains(_ci, _schedules, _ledger);
        var behind = Enumerable.Range(0, _schedules.Length)
            .Where(e => _schedules[e] is { } s && s.Quality(_ci).CompareTo(_profileOf[e]!.Solo!.Schedule.Quality(_ci)) > 0)
            .ToList();
        if (behind.Count == 0 || Past(RepairShare)) return;
        int improved = chains.Improve(behind, s => Shifts(ProfileCatalog.Translate(_ci, _profileOf[s.Enterprise]!.Solo!.Schedule, s.Enterprise)), _ct);
        var (u, v, _) = Totals(_schedules.OfType<EnterpriseSchedule>());
        Report($"merging by chains ({improved} enterprises)", 0.6, v, u);
    }

    /// <summary>A schedule and its copies moved by every month offset that keeps each need within its months.</summary>
    private IEnumerable<EnterpriseSchedule> Shifts(EnterpriseSchedule s)
    {
        for (int delta = -11; delta <= 11; delta++)
        {
            int δ = delta;
            if (s.Visits.All(v => v.Month + δ is >= 1 and <= 12 && v.Needs.All(n => MonthSet.Contains(_ci.Needs[n].MonthMask, v.Month + δ))))
                yield return s with { Visits = s.Visits.Select(v => v with { Month = v.Month + δ }).ToList() };
        }
    }

    private void PlaceByChains()
    {
        var chains = new EjectionChains(_ci, _schedules, _ledger);
        for (int pass = 0; pass < 5 && !Past(RepairShare) && !_ct.IsCancellationRequested; pass++)
        {
            if (chains.Run(_ct) == 0) break;
            var (u, v, _) = Totals(_schedules.OfType<EnterpriseSchedule>());
            Report($"ejection chains (pass {pass + 1})", 0.6, v, u);
        }
    }


    private void Repair()
    {
        int failures = 0;
        for (int iteration = 0; iteration < MaxRepairRounds && failures < RepairPatience && !Past(RepairShare) && !_ct.IsCancellationRequested; iteration++)
        {
            var improvable = Enumerable.Range(0, _schedules.Length)
                .Where(e => _schedules[e] is { } s && s.Quality(_ci).CompareTo(_profileOf[e]!.Solo!.Schedule.Quality(_ci)) > 0)
                .ToList();
            if (improvable.Count == 0) break;
            if (iteration % 5 == 4 && improvable.Any(e => _schedules[e]!.Unplaced.Count > 0)) PlaceByChains();

            _repairRound = iteration;
            var group = Neighbourhood(improvable);
            var before = group.Select(e => _schedules[e]!).ToList();
            foreach (var s in before) _ledger.Remove(s);
            var after = CapacityRepair.Solve(_ci, before, _ledger, _options.Seed + iteration,
                Math.Min(RepairWorkCap, _budget.Left(RepairShare)), _budget, _ct);
            bool better = after is not null && Totals(after).CompareTo(Totals(before)) < 0;
            var kept = better ? after! : before;
            foreach (var s in kept)
            {
                _ledger.Add(s);
                _schedules[s.Enterprise] = s;
            }
            failures = better ? 0 : failures + 1;
            var (u, v, _) = Totals(_schedules.OfType<EnterpriseSchedule>());
            Report($"repairing capacity (round {iteration + 1})", 0.6 + 0.35 * Math.Min(1, _budget.Used / Math.Max(1e-9, _budget.Total * RepairShare)), v, u);
        }
    }

    /// <summary>A few improvable enterprises and, at random, others using the saturated cells they would need.</summary>
    private List<int> Neighbourhood(List<int> improvable)
    {
        var short_ = improvable.Where(e => _schedules[e]!.Unplaced.Count > 0).ToList();
        // A small county fits in one model: let CP-SAT see every move at once.
        var everyone = Enumerable.Range(0, _schedules.Length).Where(e => _schedules[e] is not null).ToList();
        if (short_.Count > 0 && everyone.Count <= WholeCountyRepair && _repairRound % 3 == 2) return everyone;
        var seeds = (short_.Count > 0 ? short_ : improvable).OrderBy(_ => _random.Next()).Take(short_.Count > 0 ? 2 : RepairSeeds).ToList();
        var chosen = seeds.ToHashSet();
        var group = new List<int>(seeds);
        if (short_.Count > 0)
        {
            // Enterprises holding a full month the seeds need, and able to shift that department to a
            // month that still has room: one move frees the cell.
            var shiftable = Shiftable(seeds, chosen).OrderBy(_ => _random.Next()).Take(RepairNeighbours / 2).ToList();
            group.AddRange(shiftable);
            chosen.UnionWith(shiftable);
        }
        // Cells of the departments the seeds are short of, in every month: moves can chain from a full
        // month to one with room through other enterprises.
        var cells = new HashSet<(int Department, int Month)>();
        foreach (var e in seeds)
        {
            var needs = _schedules[e]!.Unplaced.Count > 0 ? _schedules[e]!.Unplaced : _ci.NeedsOfEnterprise[e];
            foreach (var d in needs.Select(n => _ci.Needs[n].Department).Distinct())
                for (int m = 1; m <= 12; m++)
                    if (_ledger.IsBounded(d, m)) cells.Add((d, m));
        }
        var ring = UsersOf(cells, chosen).OrderBy(_ => _random.Next()).Take(Math.Max(0, RepairNeighbours - group.Count)).ToList();
        group.AddRange(ring);
        return group;
    }

    private IEnumerable<int> Shiftable(List<int> seeds, HashSet<int> except)
    {
        var wanted = new HashSet<(int Department, int Month)>();
        foreach (var e in seeds)
            // All of the seed's departments: placing one check may mean moving its whole visit.
            foreach (var n in _ci.NeedsOfEnterprise[e])
                foreach (var m in _ci.Needs[n].Months)
                    if (_ledger.Residual(_ci.Needs[n].Department, m) == 0) wanted.Add((_ci.Needs[n].Department, m));
        var departments = wanted.Select(c => c.Department).ToHashSet();
        for (int e = 0; e < _schedules.Length; e++)
        {
            if (_schedules[e] is not { } s || except.Contains(e) || !s.Uses(_ci).Any(wanted.Contains)) continue;
            bool canMove = _ci.NeedsOfEnterprise[e].Any(n => departments.Contains(_ci.Needs[n].Department)
                && _ci.Needs[n].Months.Any(m => _ledger.Residual(_ci.Needs[n].Department, m) > 0));
            if (canMove) yield return e;
        }
    }

    private List<int> UsersOf(HashSet<(int Department, int Month)> cells, HashSet<int> except)
    {
        var users = new List<int>();
        for (int e = 0; e < _schedules.Length; e++)
            if (_schedules[e] is { } s && !except.Contains(e) && s.Uses(_ci).Any(cells.Contains))
                users.Add(e);
        return users;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private (int Unplaced, int Visits, int DepartmentVisits) Totals(IEnumerable<EnterpriseSchedule> schedules) =>
        EnterpriseSchedule.Totals(_ci, schedules);

    private bool Past(double share) => _budget.Past(share);

    private void Report(string phase, double fraction, int? visits, int? unplaced) =>
        _progress?.Report(new SolveProgress(phase, fraction, visits, unplaced, _bound > 0 ? _bound : null, _budget.Elapsed));
}
