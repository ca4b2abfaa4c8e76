namespace Scheduler.Solver.Monthly;

/// <summary>Where a moved visit goes in the re-staffing: an existing team-day, or a new one of its own on the date.</summary>
internal sealed record RestaffTarget(TeamDayDraft? Host, DateOnly Date);
