namespace Scheduler.Generator.Catalog;

/// <summary>What a township's economy leans to; industries are drawn more often where they fit.</summary>
[Flags]
internal enum TownshipKind
{
    None = 0,
    Urban = 1,
    Fishing = 2,
    Industry = 4,
    Farming = 8,
    Tourism = 16,
}
