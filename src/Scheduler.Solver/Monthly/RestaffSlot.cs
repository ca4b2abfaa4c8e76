using Google.OrTools.Sat;
using Scheduler.Domain.Model;

namespace Scheduler.Solver.Monthly;

/// <summary>A team-day of a date in the re-staffing model: an existing one (<see cref="Team"/>), or a new one for a left-out visit alone.</summary>
internal sealed class RestaffSlot(DateOnly date, TeamDayDraft? team, string township, IReadOnlyList<MonthVisit> visits)
{
    public DateOnly Date { get; } = date;
    public TeamDayDraft? Team { get; } = team;
    public string Township { get; } = township;
    public IReadOnlyList<MonthVisit> Visits { get; } = visits;

    /// <summary>Visits that may join: left-out ones (placed) or moved from another team-day.</summary>
    public List<(MonthVisit Visit, BoolVar Joins)> Incoming { get; } = [];

    /// <summary>Officers of the modelled departments who may serve it.</summary>
    public List<(Inspector Officer, BoolVar Serves)> Officers { get; } = [];

    /// <summary>Its visits that may leave it.</summary>
    public List<(MonthVisit Visit, BoolVar Leaves)> Drops { get; } = [];

    /// <summary>Where each of its visits may go.</summary>
    public List<(MonthVisit Visit, RestaffTarget Target, BoolVar Moves)> Moves { get; } = [];
}
