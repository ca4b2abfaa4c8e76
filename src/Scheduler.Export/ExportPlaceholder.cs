namespace Scheduler.Export;

/// <summary>Placeholder until the exports land (issue 3).</summary>
internal static class ExportPlaceholder;
