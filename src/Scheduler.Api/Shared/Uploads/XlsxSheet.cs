namespace Scheduler.Api.Shared.Uploads;

/// <summary>A worksheet named in the workbook: its name, whether it is visible, and its part in the package.</summary>
public sealed record XlsxSheet(string Name, bool Visible, string Part);
