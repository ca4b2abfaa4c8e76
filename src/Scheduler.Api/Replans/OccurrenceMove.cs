namespace Scheduler.Api.Replans;

/// <summary>
/// One occurrence of a need that changed: its month before and after (null where it has none) and the other departments
/// of its visit before and after (its companions).
/// </summary>
public sealed record OccurrenceMove(string Need, int Occurrence, string Department, MoveKind Change, int? FromMonth, int? ToMonth,
    string? FromVisit, string? ToVisit, IReadOnlyList<string> CompanionsBefore, IReadOnlyList<string> CompanionsAfter);
