namespace Scheduler.Solver.Explaining;

/// <summary>Two needs of one enterprise that share no visit, and the rules that keep them apart (first the ones no plan escapes).</summary>
public sealed record ApartNeeds(string First, string Second, IReadOnlyList<Reason> Reasons);
