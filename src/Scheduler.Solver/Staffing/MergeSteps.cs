namespace Scheduler.Solver.Staffing;

/// <summary>The order in which the merges of sibling visits try the steps (<see cref="MergeStep"/>).</summary>
internal static class MergeSteps
{
    public static readonly MergeStep[] All = [MergeStep.Present, MergeStep.AddOfficers, MergeStep.NewDay, MergeStep.MakeRoom];
}
