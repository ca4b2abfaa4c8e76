using Scheduler.Generator.Catalog;

namespace Scheduler.Generator.Building;

/// <summary>Draws enterprises: township by its weight, industry by weight × the township's affinity,
/// a location within the township's radius, a credit tier (~60% green, 30% yellow, 10% red), closed months.</summary>
internal sealed class EnterpriseFactory
{
    private const double KmPerDegreeLat = 111.32;
    private readonly Random _random;
    private readonly double[] _townshipCumulative;
    private readonly double[][] _industryCumulative;

    public EnterpriseFactory(Random random)
    {
        _random = random;
        var towns = XiangshanTownships.All;
        _townshipCumulative = Cumulative(towns.Select(t => t.Weight));
        _industryCumulative = towns
            .Select(t => Cumulative(IndustryCatalog.All.Select(i => i.Weight * i.Affinity.For(t.Kind))))
            .ToArray();
    }

    /// <summary>Fills enterprise <paramref name="e"/> of <paramref name="drafts"/>.</summary>
    public void Draw(EnterpriseDrafts drafts, int e)
    {
        var t = Pick(_townshipCumulative);
        var town = XiangshanTownships.All[t];
        var i = Pick(_industryCumulative[t]);
        var industry = IndustryCatalog.All[i];
        drafts.Township[e] = t;
        drafts.Industry[e] = i;

        // Uniform in a disc around the office.
        var r = town.RadiusKm * Math.Sqrt(_random.NextDouble());
        var angle = 2 * Math.PI * _random.NextDouble();
        var lat = town.Lat + r * Math.Sin(angle) / KmPerDegreeLat;
        var lon = town.Lon + r * Math.Cos(angle) / (KmPerDegreeLat * Math.Cos(town.Lat * Math.PI / 180));
        drafts.Lat[e] = Math.Round(lat, 5);
        drafts.Lon[e] = Math.Round(lon, 5);

        var u = _random.NextDouble();
        drafts.Tier[e] = u < 0.6 ? 0 : u < 0.9 ? 1 : 2;
        drafts.ClosedMonths[e] = industry.ClosedProbability > 0 && _random.NextDouble() < industry.ClosedProbability
            ? industry.ClosedMonths
            : 0;

        var brand = NameParts.Brands[_random.Next(NameParts.Brands.Length)];
        var suffix = industry.NameSuffixes[_random.Next(industry.NameSuffixes.Length)];
        drafts.Name[e] = $"象山{town.ShortName}{brand}{suffix}";
    }

    private int Pick(double[] cumulative)
    {
        var x = _random.NextDouble() * cumulative[^1];
        for (var k = 0; k < cumulative.Length; k++)
            if (x < cumulative[k]) return k;
        return cumulative.Length - 1;
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var list = new List<double>();
        var sum = 0.0;
        foreach (var w in weights)
        {
            sum += w;
            list.Add(sum);
        }
        return list.ToArray();
    }
}
