using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Scheduler.Bench.Harness;

/// <summary>
/// Peak memory of one run: the process's working set (managed heap and native memory such as OR-Tools', as the OS sees
/// it) polled every 20 ms on a background thread, from a baseline taken after an aggressive full GC that returns freed
/// memory to the OS (and, on glibc, malloc_trim for native memory). <see cref="PeakDeltaBytes"/> is what the run added on top of what the process held before it.
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly ManualResetEventSlim _stop = new();
    private readonly Thread _thread;
    private readonly long _allocatedAtStart;
    private long _peak;

    public MemorySampler()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        TrimNativeHeap();
        BaselineBytes = WorkingSet();
        _peak = BaselineBytes;
        _allocatedAtStart = GC.GetTotalAllocatedBytes();
        _thread = new Thread(Poll) { IsBackground = true, Name = "bench memory sampler" };
        _thread.Start();
    }

    public long BaselineBytes { get; }

    /// <summary>The largest working set seen so far.</summary>
    public long PeakBytes => Interlocked.Read(ref _peak);

    public long PeakDeltaBytes => Math.Max(0, PeakBytes - BaselineBytes);

    /// <summary>Bytes the GC handed out since the run started.</summary>
    public long AllocatedBytes => GC.GetTotalAllocatedBytes() - _allocatedAtStart;

    /// <summary>Stops polling after one last sample.</summary>
    public void Stop()
    {
        if (_stop.IsSet) return;
        _stop.Set();
        _thread.Join();
        Sample();
    }

    public void Dispose()
    {
        Stop();
        _stop.Dispose();
        _process.Dispose();
    }

    /// <summary>On glibc, hands memory freed by native code (CP-SAT, SCIP) back to the OS, so the next baseline is not inflated by the previous run.</summary>
    private static void TrimNativeHeap()
    {
        if (!OperatingSystem.IsLinux()) return;
        try { _ = malloc_trim(0); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int malloc_trim(nuint pad);

    private void Poll()
    {
        while (!_stop.Wait(Interval)) Sample();
    }

    private void Sample()
    {
        var now = WorkingSet();
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen) { }
    }

    private long WorkingSet()
    {
        lock (_process)
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }
}
