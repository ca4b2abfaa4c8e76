using Scheduler.Api.Shared;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Needs;

/// <summary>Search and paging of a needs table: rows matching the text (need id, enterprise id/name/township, item id/name).</summary>
public static class NeedTableQuery
{
    public const int PageSize = 50;

    public static IReadOnlyList<CheckedRow> Filter(IReadOnlyList<CheckedRow> rows, InstanceLookup names, string? q, bool onlyBad)
    {
        var text = q?.Trim() ?? "";
        return [.. rows.Where(r => (!onlyBad || r.Bad) && (text.Length == 0 || Matches(r, names, text)))];
    }

    /// <summary>The rows of a 1-based page (clamped to the pages there are) and the number of pages (at least 1).</summary>
    public static (IReadOnlyList<CheckedRow> Rows, int Page, int Pages) Page(IReadOnlyList<CheckedRow> rows, int? page)
    {
        var pages = Math.Max(1, (rows.Count + PageSize - 1) / PageSize);
        var p = Math.Clamp(page ?? 1, 1, pages);
        return ([.. rows.Skip((p - 1) * PageSize).Take(PageSize)], p, pages);
    }

    private static bool Matches(CheckedRow r, InstanceLookup names, string text)
    {
        bool Has(string? s) => s is not null && s.Contains(text, StringComparison.OrdinalIgnoreCase);
        return Has(r.Row.Id) || Has(r.Row.Enterprise) || Has(names.KnownEnterpriseName(r.Row.Enterprise)) || Has(names.TownshipOf(r.Row.Enterprise))
            || Has(r.Row.Items) || names.ItemsIn(r.Row.Items).Any(i => Has(i.Name));
    }
}
