using System.Diagnostics;
using Scheduler.Solver;

namespace Scheduler.Bench.Harness;

/// <summary>
/// Receives a planner's progress reports (from any of its threads): keeps a (seconds, visits, unassigned) sample each time
/// the best plan changes, timed on the bench's own clock, and passes reports on to the console at most every few seconds.
/// </summary>
internal sealed class ProgressRecorder(Action<SolveProgress>? display, TimeSpan displayEvery) : IProgress<SolveProgress>
{
    private readonly object _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<QualitySample> _samples = [];
    private TimeSpan? _lastShown;

    public void Report(SolveProgress value)
    {
        lock (_gate)
        {
            var now = _clock.Elapsed;
            if (value.Visits is { } visits)
                Add(new QualitySample(now.TotalSeconds, visits, value.Unassigned ?? 0));
            if (display is not null && (_lastShown is not { } last || now - last >= displayEvery))
            {
                _lastShown = now;
                display(value);
            }
        }
    }

    /// <summary>Records the plan the planner returned, at the moment it returned it.</summary>
    public void Finish(int visits, int unassigned)
    {
        lock (_gate) Add(new QualitySample(_clock.Elapsed.TotalSeconds, visits, unassigned));
    }

    public IReadOnlyList<QualitySample> Samples
    {
        get { lock (_gate) return [.. _samples]; }
    }

    private void Add(QualitySample sample)
    {
        if (_samples.Count > 0 && _samples[^1].Visits == sample.Visits && _samples[^1].Unassigned == sample.Unassigned) return;
        _samples.Add(sample);
    }
}
