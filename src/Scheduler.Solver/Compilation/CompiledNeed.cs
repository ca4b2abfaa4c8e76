namespace Scheduler.Solver.Compilation;

/// <summary>A need in integer form: indices into <see cref="CompiledInstance"/>, months as a bit mask (bit m-1 = month m).</summary>
internal sealed record CompiledNeed(
    int Index,
    string Id,
    int Department,
    int Enterprise,
    int[] Items,
    int Times,
    int MonthMask,
    int Gap,
    bool Standalone)
{
    /// <summary>Months (1–12) the need allows and its enterprise is open, ascending.</summary>
    public int[] Months { get; } = MonthSet.ToMonths(MonthMask);
}
