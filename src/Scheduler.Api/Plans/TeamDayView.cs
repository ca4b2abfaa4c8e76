namespace Scheduler.Api.Plans;

/// <summary>A team-day as the pages name it: date, township and officers.</summary>
public sealed record TeamDayView(string Id, DateOnly Date, string Township, string TownshipName, IReadOnlyList<Officer> Officers);
