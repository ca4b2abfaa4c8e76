namespace Scheduler.Generator.Catalog;

/// <summary>How much more often an industry appears in a kind of township; <see cref="Other"/> where no kind matches.</summary>
internal sealed record Affinity(
    double Urban = 1, double Fishing = 1, double Industry = 1, double Farming = 1, double Tourism = 1, double Other = 1)
{
    /// <summary>The largest factor among the township's kinds.</summary>
    public double For(TownshipKind kind)
    {
        var best = -1.0;
        if (kind.HasFlag(TownshipKind.Urban)) best = Math.Max(best, Urban);
        if (kind.HasFlag(TownshipKind.Fishing)) best = Math.Max(best, Fishing);
        if (kind.HasFlag(TownshipKind.Industry)) best = Math.Max(best, Industry);
        if (kind.HasFlag(TownshipKind.Farming)) best = Math.Max(best, Farming);
        if (kind.HasFlag(TownshipKind.Tourism)) best = Math.Max(best, Tourism);
        return best < 0 ? Other : best;
    }
}
