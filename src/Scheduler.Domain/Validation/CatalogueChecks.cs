using System.Globalization;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.Validation;

/// <summary>Checks townships, departments, check items and enterprises, and builds their id indexes.</summary>
internal static class CatalogueChecks
{
    public static void Check(ValidationContext ctx)
    {
        var instance = ctx.Instance;

        var townships = ListChecks.Rows(ctx, instance.Townships, "$.townships", "township");
        ctx.Townships = IdIndex.Build(ctx, townships, "$.townships", "township", t => t.Id);
        for (var i = 0; i < townships.Count; i++)
        {
            if (townships[i] is { } t) CheckLocation(ctx, t.Location, $"$.townships[{i}].location", $"township {t.Id}");
        }

        var departments = ListChecks.Rows(ctx, instance.Departments, "$.departments", "department");
        ctx.Departments = IdIndex.Build(ctx, departments, "$.departments", "department", d => d.Id);

        var items = ListChecks.Rows(ctx, instance.CheckItems, "$.checkItems", "check item");
        ctx.CheckItems = IdIndex.Build(ctx, items, "$.checkItems", "check item", c => c.Id);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item) CheckItem(ctx, item, i);
        }

        var enterprises = ListChecks.Rows(ctx, instance.Enterprises, "$.enterprises", "enterprise");
        ctx.Enterprises = IdIndex.Build(ctx, enterprises, "$.enterprises", "enterprise", e => e.Id);
        ctx.ClosedMonths = new int[enterprises.Count];
        for (var i = 0; i < enterprises.Count; i++)
        {
            if (enterprises[i] is { } e) CheckEnterprise(ctx, e, i);
        }
    }

    private static void CheckItem(ValidationContext ctx, CheckItem item, int i)
    {
        if (!ctx.Departments.ContainsKey(item.Department ?? ""))
        {
            ctx.Add($"$.checkItems[{i}].department",
                $"check item {item.Id} names department '{item.Department}', which is not in departments");
        }
        if (item.Minutes <= 0)
        {
            ctx.Add($"$.checkItems[{i}].minutes", $"check item {item.Id} takes {item.Minutes} minutes; on-site minutes must be positive");
        }
    }

    private static void CheckEnterprise(ValidationContext ctx, Enterprise e, int i)
    {
        var path = $"$.enterprises[{i}]";
        if (!ctx.Townships.ContainsKey(e.Township ?? ""))
        {
            ctx.Add($"{path}.township", $"enterprise {e.Id} names township '{e.Township}', which is not in townships");
        }
        CheckLocation(ctx, e.Location, $"{path}.location", $"enterprise {e.Id}");
        if (!CreditTiers.All.Contains(e.CreditTier ?? ""))
        {
            ctx.Add($"{path}.creditTier", $"enterprise {e.Id} has credit tier '{e.CreditTier}'; it must be green, yellow or red");
        }
        ctx.ClosedMonths[i] = ListChecks.Months(ctx, e.ClosedMonths, $"{path}.closedMonths", $"enterprise {e.Id}", "closed month");
    }

    private static void CheckLocation(ValidationContext ctx, GeoPoint? location, string path, string owner)
    {
        if (location is null)
        {
            ctx.Add(path, $"{owner} has no location");
            return;
        }
        if (!(location.Lat is >= -90 and <= 90))
        {
            ctx.Add($"{path}.lat", string.Create(CultureInfo.InvariantCulture, $"{owner} has latitude {location.Lat}; it must be -90 to 90"));
        }
        if (!(location.Lon is >= -180 and <= 180))
        {
            ctx.Add($"{path}.lon", string.Create(CultureInfo.InvariantCulture, $"{owner} has longitude {location.Lon}; it must be -180 to 180"));
        }
    }
}
