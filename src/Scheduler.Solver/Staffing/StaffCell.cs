namespace Scheduler.Solver.Staffing;

/// <summary>
/// One limit the officers set: the visits of department <paramref name="Department"/> in month <paramref name="Month"/>,
/// in township index <paramref name="Township"/> (−1: county-wide; −2: the townships no officer of the department is posted
/// to, which only its county-level officers serve), that are joint (<paramref name="Joint"/>: they must
/// go on a joint weekday) or all of them (on any working day).
/// </summary>
internal readonly record struct StaffCell(bool Joint, int Department, int Township, int Month)
{
    public const int CountyWide = -1;

    /// <summary>The townships only the department's county-level officers serve.</summary>
    public const int CountyServed = -2;

    // The fit looks cells up millions of times (StaffLoad's use and limits): one comparison of four fields, and a hash
    // mixing them once, instead of the generated per-field comparers. A hash decides no order (dictionaries and sets
    // enumerate in insertion order), so no choice depends on it.
    public bool Equals(StaffCell other) =>
        Joint == other.Joint && Department == other.Department && Township == other.Township && Month == other.Month;

    public override int GetHashCode() => HashCode.Combine(Joint, Department, Township, Month);
}
