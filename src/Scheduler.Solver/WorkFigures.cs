namespace Scheduler.Solver;

/// <summary>How much deterministic work a solve used, and whether the wall-clock safety net cut it.</summary>
/// <param name="Limit">The work budget given (CP-SAT deterministic seconds).</param>
/// <param name="Used">Deterministic seconds the CP-SAT sub-solves used.</param>
/// <param name="Rounds">Counted rounds of the heuristic loops (LNS rounds of the annual planner).</param>
/// <param name="CutByTimeLimit">The wall clock stopped the search: the plan is valid but may not replay.</param>
public sealed record WorkFigures(double Limit, double Used, int Rounds, bool CutByTimeLimit);
