namespace Scheduler.Domain.Records;

/// <summary>
/// What was done of an annual plan, month by month (records.json, docs/replanning.md): the outcome of its visits in
/// months 1..<see cref="ThroughMonth"/>. A visit of those months without a record has not been reported yet.
/// </summary>
public sealed record RecordSet
{
    /// <summary>1; absent reads as 1.</summary>
    public int? FormatVersion { get; init; } = 1;

    /// <summary>The name of the instance the plan was made for.</summary>
    public string Instance { get; init; } = "";

    public int Year { get; init; }

    /// <summary>The last month reported: no record may be for a visit of a later month (a month not yet reached).</summary>
    public int ThroughMonth { get; init; }

    public IReadOnlyList<VisitRecord> Records { get; init; } = [];
}
