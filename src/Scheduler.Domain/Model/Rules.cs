namespace Scheduler.Domain.Model;

/// <summary>The instance's rules, with the spec's defaults.</summary>
public sealed record Rules
{
    public int MaxDepartmentsPerVisit { get; init; } = 4;

    /// <summary>Longest on-site time of one visit, minutes.</summary>
    public int MaxVisitMinutes { get; init; } = 240;

    /// <summary>Tier → most visits a year; a missing or null entry means no cap ("无事不扰" for green).</summary>
    public IReadOnlyDictionary<string, int?> MaxVisitsPerYearByTier { get; init; } = new Dictionary<string, int?>();

    /// <summary>Certified officers each department sends to a visit it takes part in.</summary>
    public int OfficersPerDepartment { get; init; } = 2;

    /// <summary>A team-day's length in minutes, on-site time plus travel.</summary>
    public int WorkdayMinutes { get; init; } = 480;

    public int MaxVisitsPerTeamDay { get; init; } = 6;

    /// <summary>Average travel speed, km/h.</summary>
    public double TravelKmh { get; init; } = 30;

    /// <summary>Road distance over straight-line distance.</summary>
    public double RoadFactor { get; init; } = 1.3;

    /// <summary>The yearly visit cap of a credit tier, or null when uncapped.</summary>
    public int? CapFor(string tier) => MaxVisitsPerYearByTier.TryGetValue(tier, out var cap) ? cap : null;
}
