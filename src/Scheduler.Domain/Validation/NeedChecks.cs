using Scheduler.Domain.Model;

namespace Scheduler.Domain.Validation;

/// <summary>Checks every need: references, items, months, frequency, whether its occurrences fit, whether one visit can hold it.</summary>
internal static class NeedChecks
{
    public static void Check(ValidationContext ctx)
    {
        var needs = ListChecks.Rows(ctx, ctx.Instance.Needs, "$.needs", "need");
        IdIndex.Build(ctx, needs, "$.needs", "need", n => n.Id);
        var items = ctx.Instance.CheckItems ?? [];
        for (var i = 0; i < needs.Count; i++)
        {
            if (needs[i] is { } need) CheckNeed(ctx, need, i, items);
        }
    }

    private static void CheckNeed(ValidationContext ctx, Need need, int i, IReadOnlyList<CheckItem> items)
    {
        var path = $"$.needs[{i}]";
        var owner = $"need {need.Id}";
        var departmentKnown = ctx.Departments.ContainsKey(need.Department ?? "");
        if (!departmentKnown)
        {
            ctx.Add($"{path}.department", $"{owner} names department '{need.Department}', which is not in departments");
        }
        var closed = 0;
        if (ctx.Enterprises.TryGetValue(need.Enterprise ?? "", out var e))
        {
            closed = ctx.ClosedMonths[e];
        }
        else
        {
            ctx.Add($"{path}.enterprise", $"{owner} names enterprise '{need.Enterprise}', which is not in enterprises");
        }
        var minutes = CheckItems(ctx, need, path, owner, departmentKnown, items);
        if (need.TimesPerYear is < 1 or > 12)
        {
            ctx.Add($"{path}.timesPerYear", $"{owner} asks for {need.TimesPerYear} occurrences a year; timesPerYear must be 1-12");
        }
        if (need.MinGapMonths < 1)
        {
            ctx.Add($"{path}.minGapMonths", $"{owner} has minGapMonths {need.MinGapMonths}; it must be at least 1");
        }
        var months = CheckMonths(ctx, need.Months, path, owner);
        // No valid month at all is already reported on the months list; the fit check would only repeat it.
        if (months is { } mask && mask != 0 && need.TimesPerYear is >= 1 and <= 12 && need.MinGapMonths >= 1)
        {
            CheckFit(ctx, need, path, owner, mask, closed);
        }
        if (ctx.MaxVisitMinutes is { } max && minutes > max)
        {
            ctx.Add($"{path}.items", $"{owner}'s check items take {minutes} minutes on site, more than maxVisitMinutes {max}, so no visit can hold it");
        }
    }

    /// <summary>Reports bad item references; returns the on-site minutes of the need's distinct known items.</summary>
    private static long CheckItems(
        ValidationContext ctx, Need need, string path, string owner, bool departmentKnown, IReadOnlyList<CheckItem> items)
    {
        if (need.Items is not { } ids)
        {
            ctx.Add($"{path}.items", $"{owner} has no items list; name at least one check item");
            return 0;
        }
        if (ids.Count == 0)
        {
            ctx.Add($"{path}.items", $"{owner} has an empty items list; name at least one check item");
            return 0;
        }
        long minutes = 0;
        HashSet<string>? seen = ids.Count > 8 ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var j = 0; j < ids.Count; j++)
        {
            var id = ids[j] ?? "";
            if (!ctx.CheckItems.TryGetValue(id, out var k))
            {
                ctx.Add($"{path}.items[{j}]", $"{owner} names check item '{ids[j]}', which is not in checkItems");
                continue;
            }
            var item = items[k];
            if (departmentKnown && !string.Equals(item.Department, need.Department, StringComparison.Ordinal))
            {
                ctx.Add($"{path}.items[{j}]",
                    $"{owner} of department {need.Department} names check item {id} of department {item.Department}; a need holds its own department's items only");
            }
            if (seen is null ? IndexOf(ids, id, j) == j : seen.Add(id)) minutes += Math.Max(0, item.Minutes);
        }
        return minutes;
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id, int before)
    {
        for (var j = 0; j < before; j++)
        {
            if (string.Equals(ids[j], id, StringComparison.Ordinal)) return j;
        }
        return before;
    }

    /// <summary>Reports bad months; returns the valid months as a mask, or null when the list is null or empty.</summary>
    private static int? CheckMonths(ValidationContext ctx, IReadOnlyList<int>? months, string path, string owner)
    {
        if (months is { Count: 0 })
        {
            ctx.Add($"{path}.months", $"{owner} has an empty months list; leave it out for all twelve months");
            return null;
        }
        var mask = ListChecks.Months(ctx, months, $"{path}.months", owner, "month");
        return months is null ? null : mask;
    }

    private static void CheckFit(ValidationContext ctx, Need need, string path, string owner, int months, int closed)
    {
        var open = months & ~closed;
        var fit = MonthSet.MostOccurrences(open, need.MinGapMonths);
        if (fit >= need.TimesPerYear) return;
        var gap = need.MinGapMonths == 1 ? "in distinct months" : $"at least {need.MinGapMonths} months apart";
        var where = open == 0
            ? $"no month is open to it (months {MonthSet.List(months)}, all closed at enterprise {need.Enterprise})"
            : $"only {fit} fit in the months open to it ({MonthSet.List(open)})";
        ctx.Add($"{path}.timesPerYear", $"{owner} asks for {need.TimesPerYear} occurrences {gap}, but {where}");
    }
}
