using Scheduler.Domain.Model;

namespace Scheduler.Domain.Validation;

/// <summary>Checks capacity rows and inspectors.</summary>
internal static class ResourceChecks
{
    public static void Check(ValidationContext ctx)
    {
        CheckCapacities(ctx);
        CheckInspectors(ctx);
    }

    private static void CheckCapacities(ValidationContext ctx)
    {
        var rows = ListChecks.Rows(ctx, ctx.Instance.Capacities, "$.capacities", "capacity row");
        var first = new Dictionary<(string, int), int>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is not { } c) continue;
            var path = $"$.capacities[{i}]";
            var department = c.Department ?? "";
            if (!ctx.Departments.ContainsKey(department))
            {
                ctx.Add($"{path}.department", $"capacity row {i} names department '{c.Department}', which is not in departments");
            }
            if (!MonthSet.IsMonth(c.Month))
            {
                ctx.Add($"{path}.month", $"capacity row {i} ({c.Department}) names month {c.Month}; months are 1-12");
            }
            if (c.Visits < 0)
            {
                ctx.Add($"{path}.visits", $"capacity of {c.Department} in month {c.Month} is {c.Visits} visits; it must be 0 or more");
            }
            if (!first.TryAdd((department, c.Month), i))
            {
                ctx.Add(path, $"a second capacity row for {c.Department} in month {c.Month}; $.capacities[{first[(department, c.Month)]}] has it already");
            }
        }
    }

    private static void CheckInspectors(ValidationContext ctx)
    {
        var rows = ListChecks.Rows(ctx, ctx.Instance.Inspectors, "$.inspectors", "inspector");
        IdIndex.Build(ctx, rows, "$.inspectors", "inspector", r => r.Id);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] is { } inspector) CheckInspector(ctx, inspector, i);
        }
    }

    private static void CheckInspector(ValidationContext ctx, Inspector inspector, int i)
    {
        var path = $"$.inspectors[{i}]";
        var owner = $"inspector {inspector.Id}";
        if (!ctx.Departments.ContainsKey(inspector.Department ?? ""))
        {
            ctx.Add($"{path}.department", $"{owner} names department '{inspector.Department}', which is not in departments");
        }
        // Null or empty township: county level, may go anywhere.
        if (!string.IsNullOrEmpty(inspector.Township) && !ctx.Townships.ContainsKey(inspector.Township))
        {
            ctx.Add($"{path}.township", $"{owner} is posted to township '{inspector.Township}', which is not in townships");
        }
        if (inspector.Unavailable is null)
        {
            ctx.Add($"{path}.unavailable", $"{owner} has a null unavailable list; leave it out or give a list of ISO dates");
        }
        if (inspector.Conflicts is not { } conflicts)
        {
            ctx.Add($"{path}.conflicts", $"{owner} has a null conflicts list; leave it out or give a list of enterprise ids");
            return;
        }
        for (var j = 0; j < conflicts.Count; j++)
        {
            if (!ctx.Enterprises.ContainsKey(conflicts[j] ?? ""))
            {
                ctx.Add($"{path}.conflicts[{j}]", $"{owner} has a conflict with enterprise '{conflicts[j]}', which is not in enterprises");
            }
        }
    }
}
