namespace Scheduler.Solver.Staffing;

/// <summary>
/// One limit the officers set: the visits of department <paramref name="Department"/> in month <paramref name="Month"/>,
/// in township index <paramref name="Township"/> (−1: county-wide), that are joint (<paramref name="Joint"/>: they must
/// go on a joint weekday) or all of them (on any working day).
/// </summary>
internal readonly record struct StaffCell(bool Joint, int Department, int Township, int Month);
