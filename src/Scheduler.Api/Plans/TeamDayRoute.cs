namespace Scheduler.Api.Plans;

/// <summary>
/// A team-day and its route: the stops in order, the travel back to the township office, and the day's travel in all
/// (null when a place is unknown, so the route cannot be measured).
/// </summary>
public sealed record TeamDayRoute(TeamDayView TeamDay, IReadOnlyList<RouteStop> Stops, double? ReturnMinutes, double? TravelMinutes)
{
    /// <summary>Σ of the stops' on-site minutes.</summary>
    public int OnSiteMinutes => Stops.Sum(s => s.Summary?.OnSiteMinutes ?? 0);

    /// <summary>The day's length: on-site plus travel (null when travel is unknown).</summary>
    public double? DayMinutes => TravelMinutes is { } t ? OnSiteMinutes + t : null;
}
