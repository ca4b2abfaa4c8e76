using System.Diagnostics;
using Scheduler.Solver;

namespace Scheduler.Cli.Running;

/// <summary>
/// Forwards a planner's reports and, between them, moves the bar on by time: a step whose planner reports only when it
/// starts (a month) advances by its elapsed share of the time limit, up to 99% of the step, so a long month still shows movement.
/// </summary>
internal sealed class TimedProgress : IProgress<SolveProgress>, IDisposable
{
    private static readonly TimeSpan TickEvery = TimeSpan.FromMilliseconds(200);

    private readonly IProgress<SolveProgress> _inner;
    private readonly TimeSpan _stepLimit;
    private readonly double _stepShare;
    private readonly Stopwatch _sinceReport = Stopwatch.StartNew();
    private readonly Stopwatch _total = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private readonly Timer _timer;
    private SolveProgress _last;

    /// <param name="inner">Where the reports go.</param>
    /// <param name="firstPhase">The phase shown until the planner's first report.</param>
    /// <param name="stepLimit">The time limit of one step.</param>
    /// <param name="stepShare">The share of the whole bar one step takes (1/12 for a month of a year).</param>
    public TimedProgress(IProgress<SolveProgress> inner, string firstPhase, TimeSpan stepLimit, double stepShare)
    {
        _inner = inner;
        _stepLimit = stepLimit;
        _stepShare = stepShare;
        _last = new SolveProgress(firstPhase, 0, null, null, null, TimeSpan.Zero);
        _inner.Report(_last);
        _timer = new Timer(_ => Tick(), null, TickEvery, TickEvery);
    }

    public void Report(SolveProgress value)
    {
        lock (_gate)
        {
            _last = value;
            _sinceReport.Restart();
        }
        _inner.Report(value with { Elapsed = _total.Elapsed });
    }

    public void Dispose() => _timer.Dispose();

    private void Tick()
    {
        SolveProgress last;
        double within;
        lock (_gate)
        {
            last = _last;
            within = _stepLimit > TimeSpan.Zero ? _sinceReport.Elapsed / _stepLimit : 0;
        }
        var fraction = last.Fraction + Math.Min(0.99, within) * _stepShare;
        _inner.Report(last with { Fraction = Math.Min(1, fraction), Elapsed = _total.Elapsed });
    }
}
