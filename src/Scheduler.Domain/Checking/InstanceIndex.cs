using Scheduler.Domain.Model;

namespace Scheduler.Domain.Checking;

/// <summary>Id lookups over an instance for <see cref="MonthlyCheckRun"/>; a repeated id maps to its last row, as a Python dict built from the list would.</summary>
internal sealed class InstanceIndex
{
    public InstanceIndex(Instance instance)
    {
        Instance = instance;
        Rules = instance.Rules ?? new Rules();
        Enterprises = LastWins(instance.Enterprises, e => e.Id);
        NeedsById = LastWins(instance.Needs, n => n.Id);
        Items = LastWins(instance.CheckItems, i => i.Id);
    }

    public Instance Instance { get; }
    public Rules Rules { get; }
    public Dictionary<string, Enterprise> Enterprises { get; }
    public Dictionary<string, Need> NeedsById { get; }
    public Dictionary<string, CheckItem> Items { get; }

    /// <summary>On-site minutes of a visit: the longest department share, each share the sum of its distinct known items.</summary>
    public int OnSiteMinutes(Dictionary<string, HashSet<string>> shares)
    {
        int? longest = null;
        foreach (var items in shares.Values)
        {
            var sum = 0;
            foreach (var id in items)
            {
                if (Items.TryGetValue(id, out var item)) sum += item.Minutes;
            }
            longest = Math.Max(longest ?? sum, sum);
        }
        return longest ?? 0;
    }

    private static Dictionary<string, T> LastWins<T>(IReadOnlyList<T>? rows, Func<T, string?> idOf)
    {
        var map = new Dictionary<string, T>(rows?.Count ?? 0, StringComparer.Ordinal);
        foreach (var row in rows ?? [])
        {
            if (row is not null) map[idOf(row) ?? ""] = row;
        }
        return map;
    }
}
