namespace Scheduler.Api.Shared.Uploads;

/// <summary>A row of a worksheet: its 1-based number in the sheet and its non-empty cells, left to right.</summary>
public sealed record XlsxRow(int Number, IReadOnlyList<XlsxCell> Cells);
