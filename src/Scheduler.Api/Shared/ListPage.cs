namespace Scheduler.Api.Shared;

/// <summary>One page of a long list: the rows shown, the 1-based page number (clamped) and the page count.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Rows, int Page, int Pages, int Total)
{
    public static ListPage<T> Of(IReadOnlyList<T> all, int? page, int size)
    {
        var pages = Math.Max(1, (all.Count + size - 1) / size);
        var current = Math.Clamp(page ?? 1, 1, pages);
        return new ListPage<T>([.. all.Skip((current - 1) * size).Take(size)], current, pages, all.Count);
    }
}
