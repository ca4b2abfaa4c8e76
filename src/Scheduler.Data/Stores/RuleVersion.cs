namespace Scheduler.Data.Stores;

/// <summary>One version of one department's sampling rules for a year; <paramref name="RulesJson"/> is its rules.json (docs/draws.md §2).</summary>
public sealed record RuleVersion(int Year, string Department, int Version, string SavedBy, DateTimeOffset SavedAt, string RulesJson);
