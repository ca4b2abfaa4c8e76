using Scheduler.Domain.Model;

namespace Scheduler.Api.Shared;

/// <summary>
/// What the department pages show beside an id, read from the one <see cref="InstanceLookup"/>: the known name, or ""
/// for an unknown id (the page shows the id itself already).
/// </summary>
public static class LookupNames
{
    private static readonly char[] ItemSeparators = [',', '，', '、', ';', '；'];

    public static string KnownEnterpriseName(this InstanceLookup lookup, string id) => lookup.Enterprise(id)?.Name ?? "";

    public static string KnownItemName(this InstanceLookup lookup, string id) => lookup.Item(id)?.Name ?? "";

    /// <summary>The township name of an enterprise ("" when the enterprise is unknown).</summary>
    public static string TownshipOf(this InstanceLookup lookup, string enterprise) =>
        lookup.Enterprise(enterprise) is { } e ? lookup.TownshipName(e.Township) : "";

    /// <summary>Item ids of a cell ("a,b") each with its known name.</summary>
    public static IReadOnlyList<(string Id, string Name)> ItemsIn(this InstanceLookup lookup, string cell) =>
        [.. cell.Split(ItemSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(id => (id, lookup.KnownItemName(id)))];
}
