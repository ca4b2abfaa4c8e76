namespace Scheduler.Bench.Harness;

/// <summary>
/// The staffed year on one instance (the annual plan fitted to the county's officers and its twelve months): the row of
/// results.json's <c>years</c> and of the reports' "staffed year" table.
/// </summary>
public sealed record YearRow
{
    public required string Instance { get; init; }
    public required int Enterprises { get; init; }
    public required int Officers { get; init; }
    public required int Unassigned { get; init; }
    public required int Unscheduled { get; init; }

    /// <summary>Unscheduled ÷ visits.</summary>
    public required double UnscheduledShare { get; init; }

    public required int Visits { get; init; }

    /// <summary>The unconstrained optimum (the per-enterprise bound, staff ignored).</summary>
    public required int PerEnterpriseBound { get; init; }

    /// <summary>Visits − the per-enterprise bound: what the county's officers cost in visits.</summary>
    public required int StaffingPrice { get; init; }

    /// <summary>Staffing price ÷ the per-enterprise bound.</summary>
    public required double PriceShare { get; init; }

    /// <summary>A proven lower bound on the staffing price.</summary>
    public required int PriceBound { get; init; }

    public required double PriceBoundShare { get; init; }

    public required int OfficerDays { get; init; }
    public required double TravelHours { get; init; }
    public string? BusiestOfficer { get; init; }
    public required int BusiestOfficerDays { get; init; }

    /// <summary>Each department's part on the joint weekdays (<see cref="Domain.Staffing.DepartmentYears"/>): where the price comes from.</summary>
    public IReadOnlyList<Domain.Staffing.DepartmentYear> Departments { get; init; } = [];

    /// <summary>Rounds of the staffing loop (annual fit, months, tighter limits).</summary>
    public required int Rounds { get; init; }

    public required double WallSeconds { get; init; }

    /// <summary>The process's largest working set during the run.</summary>
    public required double ProcessPeakMb { get; init; }

    /// <summary>Violations of the annual plan and its months found by the checkers (0: valid).</summary>
    public required int Violations { get; init; }

    public bool Valid => Violations == 0;
}
