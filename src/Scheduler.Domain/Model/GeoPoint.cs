namespace Scheduler.Domain.Model;

/// <summary>A WGS-84 position in decimal degrees.</summary>
public sealed record GeoPoint(double Lat, double Lon)
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle distance in kilometres (the validator's haversine).</summary>
    public double HaversineKm(GeoPoint other)
    {
        static double Rad(double deg) => deg * Math.PI / 180.0;
        double la1 = Rad(Lat), lo1 = Rad(Lon), la2 = Rad(other.Lat), lo2 = Rad(other.Lon);
        double h = Math.Pow(Math.Sin((la2 - la1) / 2), 2)
                   + Math.Cos(la1) * Math.Cos(la2) * Math.Pow(Math.Sin((lo2 - lo1) / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }
}
