namespace Scheduler.Domain.Records;

/// <summary>The outcomes a visit record may carry.</summary>
public static class RecordOutcomes
{
    public const string Done = "done";
    public const string NotDone = "notDone";

    public static readonly IReadOnlyList<string> All = [Done, NotDone];
}
