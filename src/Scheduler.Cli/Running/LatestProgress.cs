using Scheduler.Solver;

namespace Scheduler.Cli.Running;

/// <summary>Keeps only the newest report. Unlike Progress&lt;T&gt; it posts nothing to the thread pool, so reports never arrive out of order.</summary>
internal sealed class LatestProgress : IProgress<SolveProgress>
{
    private SolveProgress? _current;

    public SolveProgress? Current => Volatile.Read(ref _current);

    public void Report(SolveProgress value) => Volatile.Write(ref _current, value);
}
