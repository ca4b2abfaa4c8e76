using Scheduler.Domain.Model;

namespace Scheduler.Domain.Validation;

/// <summary>Checks shared by every list: null lists, null rows, month lists.</summary>
internal static class ListChecks
{
    /// <summary>The rows of a top-level list; a null list is reported and read as empty, null rows are reported.</summary>
    public static IReadOnlyList<T?> Rows<T>(ValidationContext ctx, IReadOnlyList<T?>? rows, string path, string kind)
        where T : class
    {
        if (rows is null)
        {
            ctx.Add(path, $"{path[2..]} is null; give a list (it may be empty)");
            return [];
        }
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is null) ctx.Add($"{path}[{i}]", $"{path[2..]}[{i}] is null; expected a {kind}");
        }
        return rows;
    }

    /// <summary>Reports months outside 1–12 and repeated months of a list; returns the valid months as a <see cref="MonthSet"/> mask.</summary>
    public static int Months(ValidationContext ctx, IReadOnlyList<int>? months, string path, string owner, string noun)
    {
        if (months is null)
        {
            ctx.Add(path, $"{owner} has a null {noun}s list; leave it out or give a list of months");
            return 0;
        }
        var mask = 0;
        for (var j = 0; j < months.Count; j++)
        {
            var m = months[j];
            if (!MonthSet.IsMonth(m))
            {
                ctx.Add($"{path}[{j}]", $"{owner} names {noun} {m}; months are 1-12");
            }
            else if (MonthSet.Contains(mask, m))
            {
                ctx.Add($"{path}[{j}]", $"{owner} lists {noun} {m} twice");
            }
            mask |= MonthSet.Of(m);
        }
        return mask;
    }
}
