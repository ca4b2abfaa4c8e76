namespace Scheduler.Solver.Staffing;

/// <summary>One round of the staffing loop: what the annual fit changed and what the months then left out.</summary>
/// <param name="Moves">Visits (or a department's checks) moved to another month or visit at no cost.</param>
/// <param name="Splits">Departments' checks taken out of a joint visit into one of their own (a visit more each).</param>
public sealed record StaffRound(int Round, int Moves, int Splits, int Visits, int Unscheduled);
