using System.Diagnostics;

namespace Scheduler.Cli.Reporting;

/// <summary>The process's memory use so far: peak working set (what the OS saw) and what the GC handed out.</summary>
internal sealed record MemoryFigures(long PeakWorkingSetBytes, long GcHeapBytes, long AllocatedBytes)
{
    public static MemoryFigures Measure()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new MemoryFigures(
            process.PeakWorkingSet64,
            GC.GetGCMemoryInfo().HeapSizeBytes,
            GC.GetTotalAllocatedBytes());
    }
}
