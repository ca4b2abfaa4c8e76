using Scheduler.Domain.Json;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Staffing;

namespace Scheduler.Solver.Replanning;

/// <summary>
/// The outcome of a replan: the new plan of the changed year with its figures, or, when the previous plan's history does
/// not fit the changed instance or the records, the problems (each with the path of the field at fault) and no plan.
/// </summary>
public sealed record ReplanResult
{
    public AnnualPlan? Plan { get; init; }
    public PlanFigures? Figures { get; init; }
    public IReadOnlyList<InputError> Problems { get; init; } = [];

    /// <summary>Enterprises re-planned, each with the changes that reached it ("new need N7", "visit V12 not done (refused)").</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Touched { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>History visits not done: their occurrences came back into the rest of the year.</summary>
    public int NotDoneVisits { get; init; }

    /// <summary>History visits without a record: kept as planned.</summary>
    public int UnreportedVisits { get; init; }

    /// <summary>Visits of the frozen month a change forced out or trimmed, or that took a task or gave one up to place an occurrence no other month holds.</summary>
    public int FrozenChanged { get; init; }

    /// <summary>Visits after the frozen month kept in the same month with the same needs, and all of them.</summary>
    public int KeptFutureVisits { get; init; }
    public int PreviousFutureVisits { get; init; }

    /// <summary>CP-SAT solves run (groups of touched enterprises the previous plan, repaired, did not already settle).</summary>
    public int Solves { get; init; }

    /// <summary>Occurrences placed by making room in full capacity cells (<see cref="ReplanRoom"/>) and the enterprises re-planned to make it.</summary>
    public int RoomPlaced { get; init; }

    public int RoomMade { get; init; }

    /// <summary>Of <see cref="RoomMade"/>, the enterprises whose published visit of the frozen month gave up a department's check for it (counted in <see cref="FrozenChanged"/> too).</summary>
    public int RoomFrozen { get; init; }

    /// <summary>Published visits of the frozen month moved to a later month to place a check no other change could hold
    /// (<see cref="FrozenRelease"/>; their occurrences placed are in <see cref="RoomPlaced"/>, the visits in <see cref="FrozenChanged"/>).</summary>
    public int FrozenMoved { get; init; }

    /// <summary>Fitted to the county's officers (staff mode fit): <see cref="Months"/> holds the months from the replan's first on.</summary>
    public bool StaffFitted { get; init; }

    /// <summary>With the staff fitted: the months from the replan's first month to December, planned in order (empty otherwise).</summary>
    public IReadOnlyList<MonthlyPlanResult> Months { get; init; } = [];

    /// <summary>With the staff fitted: the rounds of the staffing loop (empty when nothing was touched: the plan is kept).</summary>
    public IReadOnlyList<StaffRound> StaffRounds { get; init; } = [];

    /// <summary>With the staff fitted: enterprises no change touched that the staff fit changed (in <see cref="Touched"/> too, with the cause "fitted to the officers").</summary>
    public int Refitted { get; init; }

    /// <summary>Everything: the replan, with the staff fitted its rounds and its months in order.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The replan up to the staff fit (reading the history, re-planning the touched enterprises on CP-SAT).</summary>
    public TimeSpan AnnualElapsed { get; init; }

    /// <summary>With the staff fitted: the chosen year's months planned in order with every step (part of <see cref="Elapsed"/>).</summary>
    public TimeSpan MonthsElapsed { get; init; }
}
