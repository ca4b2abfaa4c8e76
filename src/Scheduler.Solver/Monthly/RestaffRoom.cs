using Google.OrTools.Sat;

namespace Scheduler.Solver.Monthly;

/// <summary>The visits that may come into an existing team-day and go out of it in the re-staffing: what its room must hold.</summary>
internal sealed class RestaffRoom(TeamDayDraft team)
{
    public TeamDayDraft Team { get; } = team;
    public List<(BoolVar Comes, MonthVisit Visit)> In { get; } = [];
    public List<(BoolVar Goes, MonthVisit Visit)> Out { get; } = [];
}
