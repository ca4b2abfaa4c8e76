namespace Scheduler.Domain.Plans;

/// <summary>The quality and reference figures of an annual plan, as ../shared/spec/PROBLEM.md §2 defines them.</summary>
public sealed record PlanFigures
{
    /// <summary>Unassigned occurrences; fewer is better.</summary>
    public int Unassigned { get; init; }

    /// <summary>Number of visits: the headline.</summary>
    public int Visits { get; init; }

    /// <summary>Σ over visits of its number of departments.</summary>
    public int DepartmentVisits { get; init; }

    /// <summary>Max over capacity rows of used/capacity; +∞ when a zero capacity is used.</summary>
    public double PeakLoad { get; init; }

    /// <summary>Share of department-visits made inside visits of two or more departments (联合检查率).</summary>
    public double JointRate { get; init; }

    /// <summary>The status quo: Σ over (enterprise, department) of the most timesPerYear there.</summary>
    public int SeparateVisits { get; init; }

    /// <summary>Σ over enterprises of the most timesPerYear among its needs.</summary>
    public int LowerBound { get; init; }

    /// <summary>SeparateVisits − Visits: enterprise-visits spared.</summary>
    public int Saved { get; init; }

    /// <summary>Visits / LowerBound − 1.</summary>
    public double Gap { get; init; }

    /// <summary>Σ timesPerYear over all needs.</summary>
    public int Occurrences { get; init; }
}
