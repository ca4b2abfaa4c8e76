using System.Text.Json.Serialization;
using Scheduler.Domain.Plans;
using Scheduler.Solver;

namespace Scheduler.Api.Endpoints;

/// <summary>
/// A finished run's figures: every figure of <see cref="PlanFigures"/> (the spec's §2, under the same names) plus how the
/// planner ended. Stored with the run and served by GET /api/solves/{id}. Additive: when the planner's figures grow, so
/// does this record (a test checks it names every property of <see cref="PlanFigures"/>); none is removed.
/// </summary>
public sealed record RunFigures
{
    public int Unassigned { get; init; }
    public int Visits { get; init; }
    public int DepartmentVisits { get; init; }

    /// <summary>Max over capacity rows of used/capacity; the string "inf" when a zero capacity is used.</summary>
    [JsonConverter(typeof(InfinityAsInfConverter))]
    public double PeakLoad { get; init; }

    public double JointRate { get; init; }
    public int SeparateVisits { get; init; }
    public int LowerBound { get; init; }
    public int Saved { get; init; }
    public double Gap { get; init; }
    public int Occurrences { get; init; }

    /// <summary>How the annual planner ended.</summary>
    public SolveStatus Status { get; init; }

    public string Planner { get; init; } = "";

    /// <summary>The fewest visits each enterprise needs on its own, summed (capacity ignored), when the planner proved it.</summary>
    public int? PerEnterpriseBound { get; init; }

    /// <summary>Seconds the annual planner ran.</summary>
    public double ElapsedSeconds { get; init; }

    public static RunFigures From(PlanResult result) => new()
    {
        Unassigned = result.Figures.Unassigned,
        Visits = result.Figures.Visits,
        DepartmentVisits = result.Figures.DepartmentVisits,
        PeakLoad = result.Figures.PeakLoad,
        JointRate = result.Figures.JointRate,
        SeparateVisits = result.Figures.SeparateVisits,
        LowerBound = result.Figures.LowerBound,
        Saved = result.Figures.Saved,
        Gap = result.Figures.Gap,
        Occurrences = result.Figures.Occurrences,
        Status = result.Status,
        Planner = result.Planner,
        PerEnterpriseBound = result.PerEnterpriseBound,
        ElapsedSeconds = Math.Round(result.Elapsed.TotalSeconds, 3),
    };
}
