namespace Scheduler.Api.Replans;

/// <summary>
/// What a replan run changed, stored with its figures (<see cref="Solves.RunFigures.Replan"/>): the run it replaces, its
/// first month, and the Replanner's counts; <see cref="Causes"/> names, per enterprise re-planned, the changes that reached it.
/// </summary>
public sealed record ReplanFigures
{
    public long Replaces { get; init; }
    public int From { get; init; }
    public int Touched { get; init; }
    public int KeptFutureVisits { get; init; }
    public int PreviousFutureVisits { get; init; }
    public int NotDoneVisits { get; init; }
    public int UnreportedVisits { get; init; }
    public int FrozenChanged { get; init; }

    /// <summary>Occurrences placed by making room in full capacity cells, the enterprises re-planned for it, and of those the ones whose published visit of the frozen month gave up a check.</summary>
    public int RoomPlaced { get; init; }
    public int RoomMade { get; init; }
    public int RoomFrozen { get; init; }

    /// <summary>Published visits of the frozen month moved to a later month to place a check no other change could hold.</summary>
    public int FrozenMoved { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Causes { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
