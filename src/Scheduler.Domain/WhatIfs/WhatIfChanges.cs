using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Validation;

namespace Scheduler.Domain.WhatIfs;

/// <summary>
/// Turns a <see cref="WhatIf"/> into the changed instance a replan answers it with, keeping the history valid the way
/// docs/replanning.md asks of a change: a closed enterprise's needs are cut to what still fits (never below what the
/// months before <c>from</c> hold), a lost capacity is taken off what the plan uses in that month.
/// </summary>
public static class WhatIfChanges
{
    /// <summary>The id of the proposed need (a digit is added while the instance has it).</summary>
    public const string NeedId = "WHATIF";

    public const int MaxVisits = 10_000, MaxTeamDays = 31;

    /// <param name="throughMonth">The last month that is history (recorded, or before the first month of the replan the plan
    /// is; 0 when none): <c>from</c> must come after it.</param>
    /// <param name="visitsPerTeamDay">What one team-day of the department does in the month (its monthly plan), to turn team-days into visits.</param>
    public static WhatIfChange Apply(Instance instance, AnnualPlan plan, WhatIf whatIf, int throughMonth, double? visitsPerTeamDay)
    {
        var errors = new List<InputError>();
        int from = whatIf.From ?? throughMonth + 1;
        if (whatIf.From is { } f && !MonthSet.IsMonth(f)) errors.Add(new("from", $"from must be 1-12, not {f}"));
        else if (from <= throughMonth)
            errors.Add(new("from", $"months 1-{throughMonth} are history (recorded, or before the first month of the replan this plan is): a what-if replans from month {throughMonth + 1} or later, not {from}"));
        else if (from > 12) errors.Add(new("from", "the records cover the whole year: there is nothing left to replan"));
        if (errors.Count > 0) return new(null, from, errors);

        Instance? changed = whatIf.Kind switch
        {
            WhatIfKinds.Close => Close(instance, plan, whatIf, from, errors),
            WhatIfKinds.Capacity => Capacity(instance, plan, whatIf, from, visitsPerTeamDay, errors),
            WhatIfKinds.Need => AddNeed(instance, whatIf, errors),
            null => Fail(errors, "kind", $"kind is required: one of {string.Join(", ", WhatIfKinds.All)}"),
            _ => Fail(errors, "kind", $"unknown kind '{whatIf.Kind}': one of {string.Join(", ", WhatIfKinds.All)}"),
        };
        return new(errors.Count > 0 ? null : changed, from, errors);
    }

    private static Instance? Close(Instance instance, AnnualPlan plan, WhatIf w, int from, List<InputError> errors)
    {
        var enterprise = instance.Enterprises.FirstOrDefault(e => e.Id == w.Enterprise);
        if (enterprise is null) errors.Add(new("enterprise", w.Enterprise is null ? "enterprise is required" : $"enterprise {w.Enterprise} is not in the register"));
        if (w.Months is not { Count: > 0 } months) return Fail(errors, "months", "months is required: the months the enterprise is closed, from the replan's first month on");
        for (int i = 0; i < months.Count; i++)
        {
            if (!MonthSet.IsMonth(months[i])) errors.Add(new($"months[{i}]", $"month {months[i]} is not 1-12"));
            else if (months[i] < from) errors.Add(new($"months[{i}]", $"month {months[i]} is before the replan's first month {from}: history cannot be closed"));
        }
        if (enterprise is null || errors.Count > 0) return null;

        var closed = MonthSet.Of(enterprise.ClosedMonths) | MonthSet.Of(months);
        var history = plan.Visits.Where(v => v.Enterprise == enterprise.Id && v.Month < from).SelectMany(v => v.Tasks)
            .GroupBy(t => t.Need, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var needs = new List<Need>(instance.Needs.Count);
        foreach (var need in instance.Needs)
        {
            if (need.Enterprise != enterprise.Id) { needs.Add(need); continue; }
            int fit = MonthSet.MostOccurrences(MonthSet.Of(need.Months) & ~closed, need.MinGapMonths);
            int times = Math.Max(Math.Min(need.TimesPerYear, fit), history.GetValueOrDefault(need.Id));
            if (times > 0) needs.Add(need with { TimesPerYear = times });
        }
        var enterprises = instance.Enterprises.Select(e => e.Id == enterprise.Id ? e with { ClosedMonths = MonthSet.ToMonths(closed) } : e).ToList();
        return instance with { Enterprises = enterprises, Needs = needs };
    }

    private static Instance? Capacity(Instance instance, AnnualPlan plan, WhatIf w, int from, double? visitsPerTeamDay, List<InputError> errors)
    {
        if (!instance.Departments.Any(d => d.Id == w.Department))
            errors.Add(new("department", w.Department is null ? "department is required" : $"department {w.Department} is not in the register"));
        if (w.Month is not { } month || !MonthSet.IsMonth(month)) return Fail(errors, "month", "month is required: 1-12");
        if (month <= from)
            errors.Add(new("month", $"month {month} is history or the frozen first month of a replan from {from}: ask with from at most {month - 1}"));
        int? fewer = null;
        if (w.Visits is not null == w.TeamDays is not null) errors.Add(new("teamDays", "give exactly one of teamDays and visits"));
        else if (w.Visits is { } v)
        {
            if (v is < 1 or > MaxVisits) errors.Add(new("visits", $"visits must be 1-{MaxVisits}, not {v}"));
            else fewer = v;
        }
        else if (w.TeamDays is { } days)
        {
            if (days is < 1 or > MaxTeamDays) errors.Add(new("teamDays", $"teamDays must be 1-{MaxTeamDays}, not {days}"));
            else if (visitsPerTeamDay is not { } rate)
                errors.Add(new("teamDays", $"the run has no monthly plan of month {month} with a team-day of {w.Department} to turn team-days into visits: give visits instead"));
            else fewer = (int)Math.Ceiling(days * rate);
        }
        if (errors.Count > 0 || fewer is null) return null;

        var needsOf = instance.Needs.Where(n => n.Department == w.Department).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        int used = plan.Visits.Count(x => x.Month == month && x.Tasks.Any(t => needsOf.Contains(t.Need)));
        var row = instance.Capacities.FirstOrDefault(c => c.Department == w.Department && c.Month == month);
        int now = Math.Min(used, row?.Visits ?? int.MaxValue);
        var capacity = new Capacity { Department = w.Department!, Month = month, Visits = Math.Max(0, now - fewer.Value) };
        var capacities = instance.Capacities.Where(c => c != row).Append(capacity).ToList();
        return instance with { Capacities = capacities };
    }

    private static Instance? AddNeed(Instance instance, WhatIf w, List<InputError> errors)
    {
        if (w.Need is not { } need) return Fail(errors, "need", "need is required: the proposed need (department, enterprise, items, timesPerYear, months, minGapMonths, standalone)");
        var ids = instance.Needs.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var id = NeedId;
        for (int i = 2; ids.Contains(id); i++) id = NeedId + i;
        var changed = instance with { Needs = [.. instance.Needs, need with { Id = id }] };
        var prefix = $"$.needs[{instance.Needs.Count}]";
        foreach (var e in InstanceValidator.Validate(changed))
        {
            if (e.Path.StartsWith(prefix, StringComparison.Ordinal)) errors.Add(new("need" + e.Path[prefix.Length..], e.Message));
            else errors.Add(e);
        }
        return changed;
    }

    private static Instance? Fail(List<InputError> errors, string path, string message)
    {
        errors.Add(new(path, message));
        return null;
    }
}
