namespace Scheduler.Generator.Catalog;

/// <summary>A township of the generated county: office location, how many enterprises it holds (relative weight),
/// how far from the office they lie, and what its economy leans to.</summary>
internal sealed record TownshipInfo(
    string Id, string Name, string ShortName, double Lat, double Lon,
    double Weight, double RadiusKm, TownshipKind Kind);
