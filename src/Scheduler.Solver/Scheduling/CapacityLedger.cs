using Scheduler.Solver.Compilation;

namespace Scheduler.Solver.Scheduling;

/// <summary>Visits per department-month used so far, against the instance's capacities.</summary>
internal sealed class CapacityLedger
{
    private readonly CompiledInstance _ci;
    private readonly int[,] _used;
    private readonly double[,] _pending;

    public CapacityLedger(CompiledInstance ci)
    {
        _ci = ci;
        _used = new int[ci.DepartmentCount, 13];
        _pending = new double[ci.DepartmentCount, 13];
    }

    private CapacityLedger(CapacityLedger source)
    {
        _ci = source._ci;
        _used = (int[,])source._used.Clone();
        _pending = (double[,])source._pending.Clone();
    }

    /// <summary>A copy to try something on (a solve made beside another) without touching this one.</summary>
    public CapacityLedger Clone() => new(this);

    /// <summary>Expected use of the cell by enterprises not placed yet (see <see cref="Expect"/>).</summary>
    public double Pending(int department, int month) => _pending[department, month];

    /// <summary>
    /// Adds (sign +1) or withdraws (-1) an enterprise's expected demand: for each of its departments, the
    /// most frequent need's occurrences spread evenly over that need's months. Lets a construction steer
    /// flexible enterprises away from the months that restricted ones cannot avoid.
    /// </summary>
    public void Expect(int enterprise, int sign)
    {
        foreach (var group in _ci.NeedsOfEnterprise[enterprise].GroupBy(n => _ci.Needs[n].Department))
        {
            var need = _ci.Needs[group.MaxBy(n => _ci.Needs[n].Times)];
            if (need.Months.Length == 0) continue;
            double share = sign * (double)need.Times / need.Months.Length;
            foreach (var m in need.Months) _pending[need.Department, m] += share;
        }
    }

    public int Used(int department, int month) => _used[department, month];

    public int Capacity(int department, int month) => _ci.Capacity[department, month];

    public bool IsBounded(int department, int month) => _ci.Capacity[department, month] != CompiledInstance.Unbounded;

    /// <summary>Visits still allowed; <see cref="CompiledInstance.Unbounded"/> where no row bounds the cell.</summary>
    public int Residual(int department, int month)
    {
        int cap = _ci.Capacity[department, month];
        return cap == CompiledInstance.Unbounded ? cap : Math.Max(0, cap - _used[department, month]);
    }


    /// <summary>Counts <paramref name="visits"/> fewer in the cell (negative: gives them back): a what-if on more room.</summary>
    public void Lend(int department, int month, int visits) => _used[department, month] -= visits;

    public void Add(EnterpriseSchedule schedule)
    {
        foreach (var (d, m) in schedule.Uses(_ci)) _used[d, m]++;
    }

    public void Remove(EnterpriseSchedule schedule)
    {
        foreach (var (d, m) in schedule.Uses(_ci)) _used[d, m]--;
    }
}
