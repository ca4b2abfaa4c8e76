using System.Text.Json.Serialization;

namespace Scheduler.Bench.Harness;

/// <summary>One planner on one instance: the row of results.json (in this order) and of the reports.</summary>
public sealed record BenchRow
{
    public required string Planner { get; init; }
    public required string Instance { get; init; }
    public required int Enterprises { get; init; }
    public required int Occurrences { get; init; }
    public required int Visits { get; init; }
    public required int Unassigned { get; init; }

    /// <summary>The spec's lower bound: Σ over enterprises of the most timesPerYear.</summary>
    public required int LowerBound { get; init; }

    /// <summary>Visits / spec lower bound − 1.</summary>
    public required double Gap { get; init; }

    /// <summary>The planner's own proven bound (per-enterprise), when it computes one.</summary>
    public int? OwnBound { get; init; }

    /// <summary>Visits / own bound − 1; null when the planner has no bound.</summary>
    public double? OwnBoundGap { get; init; }

    public required int SeparateVisits { get; init; }
    public required int Saved { get; init; }
    public required double JointRate { get; init; }
    public required double PeakLoad { get; init; }
    public required double WallSeconds { get; init; }

    /// <summary>When the run first held a plan as good as its final one (from its progress reports).</summary>
    public required double SecondsToFinal { get; init; }

    /// <summary>Working-set growth during the run over the process's memory before it (see <see cref="MemorySampler"/>).</summary>
    public required double PeakMemoryMb { get; init; }

    /// <summary>The process's largest working set during the run.</summary>
    public required double ProcessPeakMb { get; init; }

    /// <summary>Managed bytes allocated during the run.</summary>
    public required double AllocatedMb { get; init; }

    /// <summary>The planner's status (optimal, feasible, timelimit, cancelled), or "invalid" when the checker found violations.</summary>
    public required string Status { get; init; }

    public required int Violations { get; init; }

    /// <summary>For each other planner on this instance: when this run first held a plan at least as good as that planner's final one (null: never).</summary>
    public IReadOnlyDictionary<string, double?> Reaches { get; init; } = new Dictionary<string, double?>();

    /// <summary>The run's quality over time.</summary>
    public required IReadOnlyList<QualitySample> Samples { get; init; }

    [JsonIgnore]
    public bool Valid => Violations == 0;
}
