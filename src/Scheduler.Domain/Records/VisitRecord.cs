using System.Text.Json.Serialization;

namespace Scheduler.Domain.Records;

/// <summary>
/// What became of one planned visit (docs/replanning.md): done on a date by officers, with findings or none; or not
/// done, with the reason (<see cref="NotDoneReasons"/>) and a note. A visit is named by its id in the annual plan the
/// records belong to; <see cref="Tasks"/> may restate its occurrences, and must then match the plan's.
/// </summary>
public sealed record VisitRecord
{
    /// <summary>The visit's id in the annual plan (PROBLEM.md §2).</summary>
    public string Visit { get; init; } = "";

    /// <summary><see cref="RecordOutcomes.Done"/> or <see cref="RecordOutcomes.NotDone"/>.</summary>
    public string Outcome { get; init; } = "";

    /// <summary>Done: the date of the visit, in the visit's month of the plan year.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Done: the inspectors who made it (ids of the instance), when known.</summary>
    public IReadOnlyList<string>? Officers { get; init; }

    /// <summary>Done: what was found, in words; null or empty: nothing found.</summary>
    public string? Findings { get; init; }

    /// <summary>Not done: closed, notFound, refused or postponed.</summary>
    public string? Reason { get; init; }

    /// <summary>Free text: why, who said so.</summary>
    public string? Note { get; init; }

    [JsonIgnore]
    public bool IsDone => Outcome == RecordOutcomes.Done;
}
