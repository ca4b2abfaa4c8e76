namespace Scheduler.Domain.Records;

/// <summary>Why a planned visit did not take place.</summary>
public static class NotDoneReasons
{
    /// <summary>The enterprise has closed (for good or for the season).</summary>
    public const string Closed = "closed";

    /// <summary>Nobody was there, or the address was wrong.</summary>
    public const string NotFound = "notFound";

    /// <summary>The enterprise refused entry.</summary>
    public const string Refused = "refused";

    /// <summary>The county put it off (officers short, weather, a campaign).</summary>
    public const string Postponed = "postponed";

    public static readonly IReadOnlyList<string> All = [Closed, NotFound, Refused, Postponed];
}
