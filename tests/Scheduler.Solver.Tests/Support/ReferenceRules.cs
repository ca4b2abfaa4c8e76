using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Solver.Tests.Support;

/// <summary>
/// The test project's own reading of validity rules 1–8 of PROBLEM.md §2, one method per rule, written
/// independently of Domain's PlanChecker so that a test does not trust the code it checks with.
/// Each method returns the violations it finds, in words; empty means the rule holds.
/// </summary>
public static class ReferenceRules
{
    public static IReadOnlyList<string> All(Instance instance, AnnualPlan plan) =>
    [
        .. Rule1EveryOccurrenceOnce(instance, plan),
        .. Rule2EnterpriseAndMonths(instance, plan),
        .. Rule3DistinctVisitsAndGap(instance, plan),
        .. Rule4DepartmentsAndStandalone(instance, plan),
        .. Rule5VisitMinutes(instance, plan),
        .. Rule6Capacity(instance, plan),
        .. Rule7TierCap(instance, plan),
        .. Rule8IdsAndTasks(plan),
    ];

    /// <summary>Every occurrence 1..timesPerYear of every need appears exactly once: in a visit, or unassigned with a reason.</summary>
    public static IReadOnlyList<string> Rule1EveryOccurrenceOnce(Instance instance, AnnualPlan plan)
    {
        var errors = new List<string>();
        var seen = new Dictionary<(string, int), int>();
        foreach (var key in plan.Visits.SelectMany(v => v.Tasks).Select(t => (t.Need, t.Occurrence))
                     .Concat(plan.Unassigned.Select(u => (u.Need, u.Occurrence))))
        {
            seen[key] = seen.GetValueOrDefault(key) + 1;
        }
        var expected = instance.Needs
            .SelectMany(n => Enumerable.Range(1, n.TimesPerYear).Select(k => (n.Id, k)))
            .ToHashSet();
        foreach (var key in expected)
        {
            var count = seen.GetValueOrDefault(key);
            if (count != 1) errors.Add($"rule 1: occurrence {key.Item1}#{key.Item2} appears {count} times");
        }
        foreach (var key in seen.Keys.Where(k => !expected.Contains(k)))
        {
            errors.Add($"rule 1: {key.Item1}#{key.Item2} is not an occurrence of the instance");
        }
        foreach (var u in plan.Unassigned.Where(u => string.IsNullOrWhiteSpace(u.Reason)))
        {
            errors.Add($"rule 1: unassigned {u.Need}#{u.Occurrence} has no reason");
        }
        return errors;
    }

    /// <summary>A task's need is of the visit's enterprise; the month is allowed by the need and the enterprise is open.</summary>
    public static IReadOnlyList<string> Rule2EnterpriseAndMonths(Instance instance, AnnualPlan plan)
    {
        var errors = new List<string>();
        var needs = NeedsById(instance);
        var enterprises = instance.Enterprises.ToDictionary(e => e.Id);
        foreach (var v in plan.Visits)
        {
            if (!enterprises.TryGetValue(v.Enterprise, out var e))
            {
                errors.Add($"rule 2: visit {v.Id} is at unknown enterprise {v.Enterprise}");
                continue;
            }
            if (v.Month is < 1 or > 12) errors.Add($"rule 2: visit {v.Id} has month {v.Month}");
            if (e.ClosedMonths.Contains(v.Month)) errors.Add($"rule 2: visit {v.Id} in closed month {v.Month} of {e.Id}");
            foreach (var t in v.Tasks)
            {
                if (!needs.TryGetValue(t.Need, out var n)) continue;
                if (n.Enterprise != v.Enterprise) errors.Add($"rule 2: visit {v.Id} at {v.Enterprise} holds {n.Id} of {n.Enterprise}");
                if (!n.Months.Contains(v.Month)) errors.Add($"rule 2: visit {v.Id} in month {v.Month} not allowed by {n.Id}");
            }
        }
        return errors;
    }

    /// <summary>Occurrences of one need lie in distinct visits, months sorted at least minGapMonths apart.</summary>
    public static IReadOnlyList<string> Rule3DistinctVisitsAndGap(Instance instance, AnnualPlan plan)
    {
        var errors = new List<string>();
        foreach (var v in plan.Visits)
        {
            foreach (var twice in v.Tasks.GroupBy(t => t.Need).Where(g => g.Count() > 1))
            {
                errors.Add($"rule 3: visit {v.Id} holds {twice.Count()} occurrences of {twice.Key}");
            }
        }
        var monthsByNeed = plan.Visits
            .SelectMany(v => v.Tasks.Select(t => (t.Need, v.Month)))
            .ToLookup(x => x.Need, x => x.Month);
        foreach (var n in instance.Needs)
        {
            var months = monthsByNeed[n.Id].Order().ToArray();
            for (var i = 1; i < months.Length; i++)
            {
                if (months[i] - months[i - 1] < n.MinGapMonths)
                {
                    errors.Add($"rule 3: {n.Id} in months {months[i - 1]} and {months[i]}, gap < {n.MinGapMonths}");
                }
            }
        }
        return errors;
    }

    /// <summary>At most maxDepartmentsPerVisit departments; a visit with a standalone need has one department.</summary>
    public static IReadOnlyList<string> Rule4DepartmentsAndStandalone(Instance instance, AnnualPlan plan)
    {
        var errors = new List<string>();
        var needs = NeedsById(instance);
        foreach (var v in plan.Visits)
        {
            var departments = PlanView.DepartmentsOf(instance, v);
            if (departments.Count > instance.Rules.MaxDepartmentsPerVisit)
            {
                errors.Add($"rule 4: visit {v.Id} has {departments.Count} departments > {instance.Rules.MaxDepartmentsPerVisit}");
            }
            var standalone = v.Tasks.Any(t => needs.TryGetValue(t.Need, out var n) && n.Standalone);
            if (standalone && departments.Count > 1)
            {
                errors.Add($"rule 4: visit {v.Id} holds a standalone need but {departments.Count} departments");
            }
        }
        return errors;
    }

    /// <summary>The longest department share (distinct items' minutes) of a visit is at most maxVisitMinutes.</summary>
    public static IReadOnlyList<string> Rule5VisitMinutes(Instance instance, AnnualPlan plan) =>
        plan.Visits
            .Select(v => (v.Id, Minutes: PlanView.MinutesOf(instance, v)))
            .Where(x => x.Minutes > instance.Rules.MaxVisitMinutes)
            .Select(x => $"rule 5: visit {x.Id} lasts {x.Minutes} min > {instance.Rules.MaxVisitMinutes}")
            .ToArray();

    /// <summary>Per capacity row, the visits of that month including that department are at most the row's visits.</summary>
    public static IReadOnlyList<string> Rule6Capacity(Instance instance, AnnualPlan plan)
    {
        var errors = new List<string>();
        foreach (var c in instance.Capacities)
        {
            var used = plan.Visits.Count(v => v.Month == c.Month && PlanView.DepartmentsOf(instance, v).Contains(c.Department));
            if (used > c.Visits) errors.Add($"rule 6: {c.Department} month {c.Month} used {used} > {c.Visits}");
        }
        return errors;
    }

    /// <summary>An enterprise has at most its tier's cap of visits in the year.</summary>
    public static IReadOnlyList<string> Rule7TierCap(Instance instance, AnnualPlan plan)
    {
        var errors = new List<string>();
        foreach (var e in instance.Enterprises)
        {
            if (!instance.Rules.MaxVisitsPerYearByTier.TryGetValue(e.CreditTier, out var cap) || cap is null) continue;
            var count = plan.Visits.Count(v => v.Enterprise == e.Id);
            if (count > cap) errors.Add($"rule 7: {e.Id} ({e.CreditTier}) has {count} visits > cap {cap}");
        }
        return errors;
    }

    /// <summary>Visit ids are non-empty and unique; every visit has a task.</summary>
    public static IReadOnlyList<string> Rule8IdsAndTasks(AnnualPlan plan)
    {
        var errors = new List<string>();
        foreach (var dup in plan.Visits.GroupBy(v => v.Id).Where(g => g.Count() > 1))
        {
            errors.Add($"rule 8: visit id {dup.Key} used {dup.Count()} times");
        }
        errors.AddRange(plan.Visits.Where(v => string.IsNullOrEmpty(v.Id)).Select(_ => "rule 8: a visit has no id"));
        errors.AddRange(plan.Visits.Where(v => v.Tasks.Count == 0).Select(v => $"rule 8: visit {v.Id} has no task"));
        return errors;
    }

    private static Dictionary<string, Need> NeedsById(Instance instance) => instance.Needs.ToDictionary(n => n.Id);
}
