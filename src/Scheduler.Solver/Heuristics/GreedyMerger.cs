using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Heuristics;

/// <summary>
/// Merges one enterprise's needs into as few visits as a greedy can: needs are taken one at a time and
/// each need's occurrences are placed by an exact dynamic programme over months (join an existing visit
/// where the rules allow, else open one), respecting gaps, the tier cap and, when a ledger is given, the
/// residual department-month capacity (preferring the least-loaded months). Several need orders are
/// tried and the best result kept.
/// </summary>
internal sealed class GreedyMerger
{
    private const long NewVisitCost = 1_000_000;
    private const long NewDepartmentCost = 1_000;
    private const long LoadCostScale = 500;
    private const long Infinite = long.MaxValue / 4;

    private readonly CompiledInstance _ci;
    private readonly CapacityLedger? _ledger;

    /// <param name="ledger">Capacity used by the rest of the plan; null ignores capacity.</param>
    public GreedyMerger(CompiledInstance ci, CapacityLedger? ledger)
    {
        _ci = ci;
        _ledger = ledger;
    }

    /// <summary>Schedules the given needs of one enterprise (all of them by default). Does not touch the ledger.</summary>
    /// <param name="visitsElsewhere">Visits the enterprise already has outside this merge; they count against its yearly cap.</param>
    public EnterpriseSchedule Merge(int enterprise, IReadOnlyList<int>? needs = null, int visitsElsewhere = 0)
    {
        needs ??= _ci.NeedsOfEnterprise[enterprise];
        EnterpriseSchedule? best = null;
        foreach (var order in Orders(needs))
        {
            var candidate = new Attempt(this, enterprise, visitsElsewhere).Run(order);
            if (best is null || candidate.Quality(_ci).CompareTo(best.Quality(_ci)) < 0) best = candidate;
        }
        return best ?? EnterpriseSchedule.Empty(enterprise);
    }

    private IEnumerable<int[]> Orders(IReadOnlyList<int> needs)
    {
        int Slack(int n) => _ci.Needs[n].Months.Length - ((_ci.Needs[n].Times - 1) * _ci.Needs[n].Gap + 1);
        bool Alone(int n) => _ci.Needs[n].Standalone;
        // Least room to move first: their months fix where the others can join.
        yield return needs.OrderBy(Alone).ThenBy(Slack).ThenByDescending(n => _ci.Needs[n].Times).ThenBy(n => n).ToArray();
        if (needs.Count < 2) yield break;
        // Most frequent first: they create the visits the rarer needs join.
        yield return needs.OrderBy(Alone).ThenByDescending(n => _ci.Needs[n].Times).ThenBy(n => _ci.Needs[n].Months.Length).ThenBy(n => n).ToArray();
        yield return needs.OrderBy(Alone).ThenBy(n => n).ToArray();
    }

    /// <summary>A visit being built.</summary>
    private sealed class Draft(int month)
    {
        public int Month { get; } = month;
        public List<int> Needs { get; } = [];
        public Dictionary<int, HashSet<int>> ItemsByDepartment { get; } = [];
        public int StandaloneDepartment { get; set; } = -1;
    }

    /// <summary>One pass over the needs in one order.</summary>
    private sealed class Attempt(GreedyMerger owner, int enterprise, int visitsElsewhere)
    {
        private readonly CompiledInstance _ci = owner._ci;
        private readonly List<Draft> _drafts = [];
        private readonly List<int> _unplaced = [];
        private readonly Dictionary<(int, int), int> _localUse = [];

        public EnterpriseSchedule Run(int[] order)
        {
            foreach (var n in order) Place(n);
            var visits = _drafts.OrderBy(d => d.Month).Select(d => new ScheduledVisit(d.Month, d.Needs.ToArray())).ToList();
            return new EnterpriseSchedule(enterprise, visits, _unplaced);
        }

        private void Place(int n)
        {
            var need = _ci.Needs[n];
            var months = need.Months;
            int count = months.Length, f = need.Times;
            var cost = new long[count];
            var choice = new int[count];
            for (int i = 0; i < count; i++) (cost[i], choice[i]) = BestOption(need, months[i]);

            // dp[k, i]: least cost of k occurrences with the k-th in months[i]; gaps of at least need.Gap.
            var dp = new long[f + 1, count];
            var parent = new int[f + 1, count];
            for (int i = 0; i < count; i++) { dp[1, i] = cost[i]; parent[1, i] = -1; }
            for (int k = 2; k <= f; k++)
                for (int i = 0; i < count; i++)
                {
                    dp[k, i] = Infinite;
                    parent[k, i] = -1;
                    if (cost[i] >= Infinite) continue;
                    for (int j = 0; j < i; j++)
                        if (months[i] - months[j] >= need.Gap && dp[k - 1, j] < Infinite && dp[k - 1, j] + cost[i] < dp[k, i])
                        {
                            dp[k, i] = dp[k - 1, j] + cost[i];
                            parent[k, i] = j;
                        }
                }

            long capLeft = _ci.EnterpriseCap[enterprise] == CompiledInstance.Unbounded
                ? long.MaxValue
                : _ci.EnterpriseCap[enterprise] - visitsElsewhere - _drafts.Count;
            for (int k = Math.Min(f, count); k >= 1; k--)
            {
                int bestI = -1;
                for (int i = 0; i < count; i++)
                    if (dp[k, i] < Infinite && (bestI < 0 || dp[k, i] < dp[k, bestI])) bestI = i;
                if (bestI < 0 || dp[k, bestI] / NewVisitCost > capLeft) continue;
                for (int i = bestI, kk = k; i >= 0; i = parent[kk, i], kk--) Apply(need, months[i], choice[i]);
                for (int r = k; r < f; r++) _unplaced.Add(n);
                return;
            }
            for (int r = 0; r < f; r++) _unplaced.Add(n);
        }

        /// <summary>The cheapest way to hold one occurrence in a month: join draft i, or -1 for a new visit.</summary>
        private (long Cost, int Draft) BestOption(CompiledNeed need, int month)
        {
            long best = Infinite;
            int bestDraft = -1;
            for (int i = 0; i < _drafts.Count; i++)
            {
                var draft = _drafts[i];
                if (draft.Month != month || !CanJoin(draft, need)) continue;
                long c = draft.ItemsByDepartment.ContainsKey(need.Department) ? 0 : NewDepartmentCost + LoadCost(need.Department, month);
                if (c < best) { best = c; bestDraft = i; }
            }
            if (best > 0 && Residual(need.Department, month) > 0 && OwnMinutes(need) <= _ci.MaxVisitMinutes)
            {
                long c = NewVisitCost + NewDepartmentCost + LoadCost(need.Department, month);
                if (c < best) { best = c; bestDraft = -1; }
            }
            return (best, bestDraft);
        }

        private bool CanJoin(Draft draft, CompiledNeed need)
        {
            bool hasDept = draft.ItemsByDepartment.TryGetValue(need.Department, out var items);
            if (need.Standalone && draft.ItemsByDepartment.Keys.Any(d => d != need.Department)) return false;
            if (draft.StandaloneDepartment >= 0 && draft.StandaloneDepartment != need.Department) return false;
            if (!hasDept)
            {
                if (draft.ItemsByDepartment.Count + 1 > _ci.MaxDepartmentsPerVisit) return false;
                if (Residual(need.Department, draft.Month) <= 0) return false;
                return OwnMinutes(need) <= _ci.MaxVisitMinutes;
            }
            int minutes = 0;
            foreach (var i in items!) minutes += _ci.ItemMinutes[i];
            foreach (var i in need.Items) if (!items!.Contains(i)) minutes += _ci.ItemMinutes[i];
            return minutes <= _ci.MaxVisitMinutes;
        }

        private void Apply(CompiledNeed need, int month, int draftIndex)
        {
            Draft draft;
            if (draftIndex >= 0) draft = _drafts[draftIndex];
            else { draft = new Draft(month); _drafts.Add(draft); }
            draft.Needs.Add(need.Index);
            if (!draft.ItemsByDepartment.TryGetValue(need.Department, out var items))
            {
                items = [];
                draft.ItemsByDepartment[need.Department] = items;
                _localUse[(need.Department, month)] = _localUse.GetValueOrDefault((need.Department, month)) + 1;
            }
            items.UnionWith(need.Items);
            if (need.Standalone) draft.StandaloneDepartment = need.Department;
        }

        private int OwnMinutes(CompiledNeed need)
        {
            int minutes = 0;
            foreach (var i in need.Items) minutes += _ci.ItemMinutes[i];
            return minutes;
        }

        private long Residual(int department, int month)
        {
            if (owner._ledger is null) return long.MaxValue;
            int r = owner._ledger.Residual(department, month);
            return r == CompiledInstance.Unbounded ? long.MaxValue : r - _localUse.GetValueOrDefault((department, month));
        }

        private long LoadCost(int department, int month)
        {
            var ledger = owner._ledger;
            if (ledger is null || !ledger.IsBounded(department, month)) return 0;
            int cap = ledger.Capacity(department, month);
            if (cap == 0) return LoadCostScale;
            // Used plus still expected (pending) demand over capacity: pressure, capped at twice the capacity.
            double load = (ledger.Used(department, month) + _localUse.GetValueOrDefault((department, month)) + ledger.Pending(department, month)) / cap;
            return (long)(Math.Min(2.0, load) / 2.0 * LoadCostScale);
        }
    }
}
