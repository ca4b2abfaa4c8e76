namespace Scheduler.Solver.Explaining;

/// <summary>One reason in rule terms: the rule (<see cref="RuleNames"/>) and a sentence naming the needs, months and limits involved.</summary>
public sealed record Reason(string Rule, string Text);
