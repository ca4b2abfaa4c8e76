using Scheduler.Domain.Calendar;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.Tests.Calendar;

public sealed class TravelTimeTests
{
    [Fact]
    public void Minutes_IsZero_WhenPlacesCoincide()
    {
        var p = new GeoPoint(30, 120);

        Assert.Equal(0, TravelTime.Minutes(p, p, new Rules()));
    }

    [Fact]
    public void Minutes_ScalesByRoadFactorOverSpeed_WhenPlacesDiffer()
    {
        // One degree of latitude is about 111.2 km: × 1.3 / 30 km/h × 60 ≈ 289 minutes.
        var a = new GeoPoint(30, 120);
        var b = new GeoPoint(31, 120);
        var km = a.HaversineKm(b);

        Assert.Equal(111.2, km, 0.1);
        Assert.Equal(km * 1.3 / 30 * 60, TravelTime.Minutes(a, b, new Rules()), 9);
        Assert.Equal(km * 2.0 / 60 * 60, TravelTime.Minutes(a, b, new Rules { RoadFactor = 2.0, TravelKmh = 60 }), 9);
    }

    [Fact]
    public void Minutes_IsSymmetric_WhenDirectionIsReversed()
    {
        var a = new GeoPoint(30.01, 120.01);
        var b = new GeoPoint(30.12, 120.19);

        Assert.Equal(TravelTime.Minutes(a, b, 1.3, 30), TravelTime.Minutes(b, a, 1.3, 30), 12);
    }
}
