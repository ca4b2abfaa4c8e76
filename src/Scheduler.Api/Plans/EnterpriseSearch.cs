using Scheduler.Domain.Model;

namespace Scheduler.Api.Plans;

/// <summary>
/// Searches the register's enterprises: the words match id, name, industry or township name (case-insensitive,
/// every word must match); an optional township id narrows to one township; results keep register order, in pages.
/// </summary>
public static class EnterpriseSearch
{
    public const int DefaultPageSize = 50;

    public static EnterpriseResults Search(PlanIndex index, string? query, string? township, int page, int pageSize = DefaultPageSize)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var words = (query ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var wanted = string.IsNullOrWhiteSpace(township) ? null : township.Trim();
        var matches = (index.Instance.Enterprises ?? [])
            .Where(e => wanted is null || string.Equals(e.Township, wanted, StringComparison.Ordinal))
            .Where(e => words.All(w => Matches(index, e, w)))
            .ToList();
        var pages = Math.Max(1, (matches.Count + pageSize - 1) / pageSize);
        var current = Math.Clamp(page, 1, pages);
        return new EnterpriseResults([.. matches.Skip((current - 1) * pageSize).Take(pageSize)], matches.Count, current, pages);
    }

    private static bool Matches(PlanIndex index, Enterprise e, string word) =>
        Contains(e.Id, word) || Contains(e.Name, word) || Contains(e.Industry, word) || Contains(index.TownshipName(e.Township), word);

    private static bool Contains(string? text, string word) => text is not null && text.Contains(word, StringComparison.OrdinalIgnoreCase);
}
