namespace Scheduler.Data.Stores;

/// <summary>
/// One row of a department's draft needs, as the user typed it (text, so a bad value survives until it is fixed):
/// need id, enterprise id, check-item ids, times per year, months, minimum gap in months and standalone.
/// <paramref name="Source"/> says where it came from (e.g. "upload.xlsx 第 5 行"), informative.
/// </summary>
public sealed record NeedDraftRow(string Id, string Enterprise, string Items, string TimesPerYear, string Months,
    string MinGapMonths, string Standalone, string? Source = null);
