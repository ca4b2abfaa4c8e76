using Scheduler.Domain.Model;

namespace Scheduler.Solver.Monthly;

/// <summary>A team-day being built: its date, its visits (in route order) and its officers.</summary>
internal sealed class TeamDayDraft(int id, DateOnly date, TeamCluster team, List<Inspector> officers)
{
    /// <summary>Stable across <see cref="MonthDraft.Clone"/>: finds the same team-day in a copy.</summary>
    public int Id { get; } = id;

    public DateOnly Date { get; } = date;
    public TeamCluster Team { get; set; } = team;
    public List<Inspector> Officers { get; } = officers;

    public TeamDayDraft Clone() => new(Id, Date, new TeamCluster(Team.Township, Team.Visits.ToList()), Officers.ToList());
}
