namespace Scheduler.Solver.Explaining;

/// <summary>Why an occurrence is unassigned (in the annual plan) or a visit unscheduled (in its month): the rules that closed each month.</summary>
public sealed record OccurrenceExplanation(string Subject, IReadOnlyList<Reason> Reasons);
