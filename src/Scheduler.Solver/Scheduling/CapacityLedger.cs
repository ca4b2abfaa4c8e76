using Scheduler.Solver.Compilation;

namespace Scheduler.Solver.Scheduling;

/// <summary>Visits per department-month used so far, against the instance's capacities.</summary>
internal sealed class CapacityLedger
{
    private readonly CompiledInstance _ci;
    private readonly int[,] _used;

    public CapacityLedger(CompiledInstance ci)
    {
        _ci = ci;
        _used = new int[ci.DepartmentCount, 13];
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

    /// <summary>Used share of the cell in [0, 1+]; 0 where unbounded.</summary>
    public double Load(int department, int month)
    {
        int cap = _ci.Capacity[department, month];
        if (cap == CompiledInstance.Unbounded) return 0;
        return cap == 0 ? 1 : (double)_used[department, month] / cap;
    }

    public void Add(EnterpriseSchedule schedule)
    {
        foreach (var (d, m) in schedule.Uses(_ci)) _used[d, m]++;
    }

    public void Remove(EnterpriseSchedule schedule)
    {
        foreach (var (d, m) in schedule.Uses(_ci)) _used[d, m]--;
    }

    /// <summary>True when every bounded cell is within its capacity.</summary>
    public bool WithinCapacity()
    {
        for (int d = 0; d < _ci.DepartmentCount; d++)
            for (int m = 1; m <= 12; m++)
                if (IsBounded(d, m) && _used[d, m] > _ci.Capacity[d, m]) return false;
        return true;
    }
}
