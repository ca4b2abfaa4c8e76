namespace Scheduler.Generator.Witness;

/// <summary>A visit of the enterprise the witness is building: its month, departments, items and tasks.</summary>
internal sealed class LocalVisit
{
    public int Month;

    /// <summary>Bit d set when department d takes part.</summary>
    public int Departments;

    /// <summary>The department of a standalone need it holds, or −1.</summary>
    public int StandaloneDepartment = -1;

    /// <summary>Distinct check-item indices of all its tasks.</summary>
    public readonly List<int> Items = [];

    /// <summary>(index of the need among the enterprise's needs, month-ordered slot), numbered into occurrences later.</summary>
    public readonly List<int> Needs = [];

    public void Reset(int month)
    {
        Month = month;
        Departments = 0;
        StandaloneDepartment = -1;
        Items.Clear();
        Needs.Clear();
    }
}
