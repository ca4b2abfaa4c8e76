namespace Scheduler.Data.Tenancy;

/// <summary>
/// What the province reads of one county's plan year, as stored: its register's size (null when the year has no
/// register), its newest succeeded solve run with the run's stored figures (raw JSON, null when none), and when each
/// department first submitted needs for the year; and the rows of that run's newest succeeded staffing what-if (raw JSON, null when none)
/// with the staffing price it sought (percent; null when it sought none).
/// </summary>
public sealed record CountyYear(
    string Code,
    int? RegisterVersion,
    int? Enterprises,
    IReadOnlyList<string> Departments,
    long? RunId,
    string? RunFiguresJson,
    IReadOnlyList<DepartmentFirstSubmission> Submissions,
    string? WhatIfRowsJson = null,
    double? WhatIfGoalPercent = null);
