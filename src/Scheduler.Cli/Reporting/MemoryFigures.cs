using System.Diagnostics;

namespace Scheduler.Cli.Reporting;

/// <summary>The process's memory use so far: peak working set (what the OS saw), the managed heap (at the last GC, or now
/// if larger: a short run may not have collected at all) and all bytes the GC handed out.</summary>
internal sealed record MemoryFigures(long PeakWorkingSetBytes, long GcHeapBytes, long AllocatedBytes)
{
    public static MemoryFigures Measure()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new MemoryFigures(
            process.PeakWorkingSet64,
            Math.Max(GC.GetGCMemoryInfo().HeapSizeBytes, GC.GetTotalMemory(forceFullCollection: false)),
            GC.GetTotalAllocatedBytes());
    }
}
