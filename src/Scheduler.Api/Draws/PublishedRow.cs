namespace Scheduler.Api.Draws;

/// <summary>
/// One drawn enterprise of a published draw (公示), for one check item of one rule's stratum: what the page and the xlsx
/// list. <paramref name="Asked"/> is the stratum's ratio or count as the rule gives it; <paramref name="Order"/> the
/// enterprise's place in the order of selection.
/// </summary>
public sealed record PublishedRow(string Item, string ItemName, string Rule, string Kind, string Level, string Method, string Asked,
    int Population, int SampleSize, int Order, string Enterprise, string EnterpriseName, string Township);
