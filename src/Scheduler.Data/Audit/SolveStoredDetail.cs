namespace Scheduler.Data.Audit;

/// <summary>"solve stored": the run's final state, whether it has a plan, and how many attempts it took.</summary>
internal sealed record SolveStoredDetail(long Run, string State, bool Plan, int Attempts) : AuditDetail;
