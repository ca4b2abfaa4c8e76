using System.Text.Json.Serialization;

namespace Scheduler.Cli.Reporting.Json;

/// <summary>`plan --months` in `plan --json`: whether the months check valid, where they were written, each month's figures.</summary>
internal sealed record MonthlyDocument(
    bool Valid,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Folder,
    IReadOnlyList<MonthDocument> Months,
    IReadOnlyList<string> Violations);
