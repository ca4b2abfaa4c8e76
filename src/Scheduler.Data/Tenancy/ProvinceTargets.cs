namespace Scheduler.Data.Tenancy;

/// <summary>
/// The province's targets for a plan year: the joint-inspection rate it wants of every county and the cut in checks
/// (visits saved over the visits the departments would make separately), both fractions (0.5 = 50%), and optionally
/// the date by which every department should have submitted its needs.
/// </summary>
public sealed record ProvinceTargets(int Year, double JointRate, double ChecksCut, DateOnly? NeedsDeadline, string SetBy, DateTimeOffset SetAt)
{
    /// <summary>China Standard Time, the counties' clock: a deadline day ends at its midnight there.</summary>
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>The first instant after the deadline day (its end, China time), or null without a deadline.</summary>
    public DateTimeOffset? NeedsDeadlineEnd =>
        NeedsDeadline is { } day ? new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaOffset) : null;
}
