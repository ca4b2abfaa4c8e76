using Scheduler.Domain.Model;

namespace Scheduler.Domain.Validation;

/// <summary>Checks every text field of the instance against <see cref="TextLimits"/>: lengths and control characters.</summary>
internal static class TextChecks
{
    public static void Check(ValidationContext ctx)
    {
        var x = ctx.Instance;
        Name(ctx, x.Name, "$.name");
        if (x.Rules?.MaxVisitsPerYearByTier is { } caps)
        {
            foreach (var tier in caps.Keys) Id(ctx, tier, $"$.rules.maxVisitsPerYearByTier['{Printable(tier)}']");
        }
        Each(x.Townships, "$.townships", (t, p) => { Id(ctx, t.Id, p + ".id"); Name(ctx, t.Name, p + ".name"); });
        Each(x.Departments, "$.departments", (d, p) => { Id(ctx, d.Id, p + ".id"); Name(ctx, d.Name, p + ".name"); });
        Each(x.CheckItems, "$.checkItems", (c, p) =>
        {
            Id(ctx, c.Id, p + ".id");
            Id(ctx, c.Department, p + ".department");
            Name(ctx, c.Name, p + ".name");
            Name(ctx, c.Theme, p + ".theme");
        });
        Each(x.Enterprises, "$.enterprises", (e, p) =>
        {
            Id(ctx, e.Id, p + ".id");
            Name(ctx, e.Name, p + ".name");
            Id(ctx, e.Township, p + ".township");
            Id(ctx, e.CreditTier, p + ".creditTier");
            Name(ctx, e.Industry, p + ".industry");
        });
        Each(x.Needs, "$.needs", (n, p) =>
        {
            Id(ctx, n.Id, p + ".id");
            Id(ctx, n.Department, p + ".department");
            Id(ctx, n.Enterprise, p + ".enterprise");
            if (n.Items is { } items) Each(items, p + ".items", (item, q) => Id(ctx, item, q));
        });
        Each(x.Capacities, "$.capacities", (c, p) => Id(ctx, c.Department, p + ".department"));
        Each(x.Inspectors, "$.inspectors", (i, p) =>
        {
            Id(ctx, i.Id, p + ".id");
            Name(ctx, i.Name, p + ".name");
            Id(ctx, i.Department, p + ".department");
            Id(ctx, i.Township, p + ".township");
            if (i.Conflicts is { } conflicts) Each(conflicts, p + ".conflicts", (c, q) => Id(ctx, c, q));
        });
    }

    private static void Each<T>(IReadOnlyList<T?>? rows, string path, Action<T, string> check) where T : class
    {
        if (rows is null) return;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is { } row) check(row, $"{path}[{i}]");
        }
    }

    private static void Id(ValidationContext ctx, string? text, string path) => Text(ctx, text, path, TextLimits.MaxIdChars, "an id");

    private static void Name(ValidationContext ctx, string? text, string path) => Text(ctx, text, path, TextLimits.MaxNameChars, "a name");

    private static void Text(ValidationContext ctx, string? text, string path, int max, string what)
    {
        if (text is null) return;
        if (TextLimits.FindControl(text) is { } bad)
        {
            ctx.Add(path, $"holds the control character U+{(int)bad:X4}; text may not hold control characters other than tab and line breaks");
        }
        if (text.Length > max && TextLimits.Length(text) is var length && length > max)
        {
            ctx.Add(path, $"is {length} characters long; {what} is at most {max} characters");
        }
    }

    /// <summary>A dictionary key as it can be shown in a path: control characters replaced.</summary>
    private static string Printable(string key) =>
        new([.. key.Take(TextLimits.MaxIdChars).Select(c => TextLimits.FindControl(c.ToString()) is null ? c : '?')]);
}
