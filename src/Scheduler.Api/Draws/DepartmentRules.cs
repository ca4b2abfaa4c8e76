using Scheduler.Domain.Draws;

namespace Scheduler.Api.Draws;

/// <summary>One stored version of a department's sampling rules (its part of rules.json, docs/draws.md §2).</summary>
public sealed record DepartmentRules(string Department, int Version, string SavedBy, DateTimeOffset SavedAt, RuleSet Rules);
