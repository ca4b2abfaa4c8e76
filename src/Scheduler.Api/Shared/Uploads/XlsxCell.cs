namespace Scheduler.Api.Shared.Uploads;

/// <summary>
/// One non-empty cell: its 0-based column and value, a string, a double, a bool, or a DateTime (a number whose style
/// is a date format).
/// </summary>
public readonly record struct XlsxCell(int Column, object Value);
