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
}
