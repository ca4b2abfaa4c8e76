using System.Text.Json.Serialization;
using Scheduler.Domain.Staffing;

namespace Scheduler.Cli.Reporting.Json;

/// <summary>
/// What `plan --json` prints, in this order: the annual plan's figures and bounds, memory, the plan's path and
/// violations, then (when there are) the months, the work used, the year and the staffing check. A property that is
/// null and marked so is left out; other nulls (a gap over a zero bound, no bound) are written as null.
/// </summary>
internal sealed record SummaryDocument
{
    public required string Planner { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Status { get; init; }

    public required bool Valid { get; init; }
    public required int Occurrences { get; init; }
    public required int Unassigned { get; init; }
    public required int Visits { get; init; }
    public required int SeparateVisits { get; init; }
    public required int Saved { get; init; }
    public required int DepartmentVisits { get; init; }
    public required double JointRate { get; init; }
    public required double PeakLoad { get; init; }
    public required int LowerBound { get; init; }
    public required double Gap { get; init; }
    public required int? PerEnterpriseBound { get; init; }
    public required bool PerEnterpriseBoundExact { get; init; }
    public required double? PerEnterpriseGap { get; init; }
    public required double? ElapsedSeconds { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? PeakWorkingSetBytes { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? GcHeapBytes { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? AllocatedBytes { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Plan { get; init; }

    public required IReadOnlyList<string> Violations { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MonthlyDocument? Monthly { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WorkDocument? Work { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public YearDocument? Year { get; init; }

    /// <summary>The staffing check's findings on the instance: warnings, each with its path, department, month and figures.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<StaffingFinding>? Staffing { get; init; }
}
