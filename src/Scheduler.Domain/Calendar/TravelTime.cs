using Scheduler.Domain.Model;

namespace Scheduler.Domain.Calendar;

/// <summary>Travel time between two places: haversine km × roadFactor / travelKmh × 60, in minutes (the validator's formula).</summary>
public static class TravelTime
{
    /// <summary>Minutes from <paramref name="from"/> to <paramref name="to"/> under the instance's rules.</summary>
    public static double Minutes(GeoPoint from, GeoPoint to, Rules rules) => Minutes(from, to, rules.RoadFactor, rules.TravelKmh);

    /// <summary>Minutes from <paramref name="from"/> to <paramref name="to"/>; <paramref name="travelKmh"/> must be positive.</summary>
    public static double Minutes(GeoPoint from, GeoPoint to, double roadFactor, double travelKmh)
    {
        var km = from.HaversineKm(to) * roadFactor;
        return km / travelKmh * 60;
    }
}
