using System.Diagnostics;
using System.Globalization;

namespace Scheduler.Solver.Work;

/// <summary>
/// What decides how far a solve searches: deterministic work, not the clock. Every CP-SAT sub-solve gets a
/// deterministic-time limit (the same count of work on any machine, loaded or not) and runs on one worker;
/// heuristic loops count their rounds. The wall-clock limit is only a safety net: when it ends a search,
/// <see cref="CutByTimeLimit"/> says so and the result may differ between runs.
/// </summary>
internal sealed class WorkBudget
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _safety;
    private long _usedMicro;
    private int _cut;

    /// <param name="work">Deterministic seconds (CP-SAT's deterministic time) the whole search may use.</param>
    /// <param name="safety">Wall-clock limit: the safety net.</param>
    public WorkBudget(double work, TimeSpan safety)
    {
        Total = Math.Max(0, work);
        _safety = safety;
    }

    /// <summary>The deterministic budget, in CP-SAT deterministic seconds.</summary>
    public double Total { get; }

    /// <summary>Deterministic seconds used so far by the sub-solves recorded with <see cref="Record"/>.</summary>
    public double Used => Interlocked.Read(ref _usedMicro) / 1e6;

    public TimeSpan Elapsed => _wall.Elapsed;

    /// <summary>True once the wall clock has stopped a search (the result is then the best found, and may not replay).</summary>
    public bool CutByTimeLimit => Volatile.Read(ref _cut) != 0;

    /// <summary>True when the safety net has been reached; marks the run as cut.</summary>
    public bool SafetyReached
    {
        get
        {
            if (_wall.Elapsed < _safety) return false;
            Interlocked.Exchange(ref _cut, 1);
            return true;
        }
    }

    /// <summary>True when <paramref name="share"/> of the deterministic budget is used (or the safety net is reached).</summary>
    public bool Past(double share) => Used >= Total * share || SafetyReached;

    /// <summary>Deterministic seconds left before <paramref name="share"/> of the budget.</summary>
    public double Left(double share) => Math.Max(0, Total * share - Used);

    /// <summary>Adds the deterministic time a sub-solve used; a sub-solve stopped by the wall clock marks the run as cut.</summary>
    public void Record(double deterministicSeconds)
    {
        Interlocked.Add(ref _usedMicro, (long)Math.Round(Math.Max(0, deterministicSeconds) * 1e6));
        _ = SafetyReached;
    }

    /// <summary>CP-SAT parameters: one worker, seeded, stopped by <paramref name="deterministicSeconds"/>; the wall clock left is the safety net.</summary>
    public string CpParameters(int seed, double deterministicSeconds)
    {
        double wall = Math.Max(0.01, (_safety - _wall.Elapsed).TotalSeconds);
        return string.Create(CultureInfo.InvariantCulture,
            $"num_workers:1 random_seed:{seed} max_deterministic_time:{Math.Max(0.001, deterministicSeconds):0.######} max_time_in_seconds:{wall:0.###} log_search_progress:false catch_sigint_signal:false");
    }
}
