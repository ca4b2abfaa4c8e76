namespace Scheduler.Domain.Draws;

/// <summary>
/// One stratum of a rule previewed against the register before anything is drawn: its population (the enterprises the
/// rule's filter matches at that level, or at every level) and the sample size a draw takes from it, which is exact for
/// fixed-size samples (<see cref="Drawer.SampleSize"/>), with the checks a year those enterprises then get.
/// </summary>
/// <param name="Level">A–D, or <c>all</c> for a ratio or count over the whole population and for lists.</param>
/// <param name="Method"><c>fixed</c>, <c>sps</c> (weighted) or <c>all</c> (a list or a triggered check: no draw).</param>
public sealed record StratumPreview(int RuleIndex, string Rule, string Department, string Level, string Method, double? Ratio, int? Count,
    int Population, int Expected, int TimesPerYear)
{
    /// <summary>The checks a year the stratum's sample asks for (expected size × times a year).</summary>
    public int Checks => Expected * TimesPerYear;
}
