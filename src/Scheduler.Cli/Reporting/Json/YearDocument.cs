using System.Text.Json.Serialization;
using Scheduler.Solver.Staffing;

namespace Scheduler.Cli.Reporting.Json;

/// <summary>The whole year's figures (the staffed year, or the annual plan with its months); travel hours to one decimal.</summary>
internal sealed record YearDocument
{
    public required int Unassigned { get; init; }
    public required int Unscheduled { get; init; }
    public required double UnscheduledShare { get; init; }
    public required int Visits { get; init; }
    public required int? PerEnterpriseBound { get; init; }
    public required int? StaffingPrice { get; init; }
    public required double? StaffingPriceShare { get; init; }
    public required int? StaffingPriceBound { get; init; }
    public required int? UnconstrainedVisits { get; init; }
    public required int OfficerDays { get; init; }
    public required double TravelHours { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? BusiestOfficer { get; init; }

    public required int BusiestOfficerDays { get; init; }
    public required bool CutByTimeLimit { get; init; }

    /// <summary>The staffed year's rounds; left out when the year was not staffed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<StaffRound>? StaffingRounds { get; init; }

    /// <summary>Each department's part on the joint weekdays, where the staffing price comes from.</summary>
    public required IReadOnlyList<Scheduler.Domain.Staffing.DepartmentYear> Departments { get; init; }
}
