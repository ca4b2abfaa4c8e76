namespace Scheduler.Api.Draws;

/// <summary>The rules read back: a department's own, or (the office) every department's latest.</summary>
public sealed record RulesView(int Year, IReadOnlyList<DepartmentRules> Departments);
