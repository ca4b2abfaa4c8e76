using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Records;

/// <summary>
/// Checks a record set against the annual plan it reports on (and the instance, for officers): every record names a
/// visit of the plan once, in a month already reached, with a known outcome and what that outcome needs. Returns every
/// problem with its JSON path, none when the records are sound.
/// </summary>
public static class RecordValidator
{
    /// <param name="instance">When given, officers must be its inspectors.</param>
    /// <param name="replanFrom">When given, the month a replan starts from: the records must end before it.</param>
    public static IReadOnlyList<InputError> Validate(RecordSet set, AnnualPlan plan, Instance? instance = null, int? replanFrom = null)
    {
        var errors = new List<InputError>();
        if ((set.FormatVersion ?? 1) != 1)
            errors.Add(new("$.formatVersion", $"must be 1, not {set.FormatVersion}"));
        if (set.Year != plan.Year)
            errors.Add(new("$.year", $"the records are for {set.Year}, the plan for {plan.Year}"));
        if (!MonthSet.IsMonth(set.ThroughMonth))
            errors.Add(new("$.throughMonth", $"must be the last month reported, 1-12, not {set.ThroughMonth}"));
        else if (replanFrom is { } from && set.ThroughMonth >= from)
            errors.Add(new("$.throughMonth", $"the records run through month {set.ThroughMonth}, so a replan must start after it, not from month {from}"));

        var visits = new Dictionary<string, Visit>(StringComparer.Ordinal);
        foreach (var v in plan.Visits) visits.TryAdd(v.Id, v);
        var officers = instance?.Inspectors.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < set.Records.Count; i++)
        {
            var r = set.Records[i];
            string at = $"$.records[{i}]";
            if (r is null) { errors.Add(new(at, "a record is an object, not null")); continue; }
            if (string.IsNullOrWhiteSpace(r.Visit)) errors.Add(new($"{at}.visit", "names no visit: give the visit's id in the plan"));
            else if (!visits.TryGetValue(r.Visit, out var visit)) errors.Add(new($"{at}.visit", $"the plan has no visit {r.Visit}"));
            else
            {
                if (seen.TryGetValue(r.Visit, out int first)) errors.Add(new($"{at}.visit", $"visit {r.Visit} is recorded twice (also $.records[{first}])"));
                else seen[r.Visit] = i;
                if (MonthSet.IsMonth(set.ThroughMonth) && visit.Month > set.ThroughMonth)
                    errors.Add(new($"{at}.visit", $"visit {r.Visit} is planned for month {visit.Month}, after throughMonth {set.ThroughMonth}: a month not yet reached"));
                else if (replanFrom is { } from && visit.Month >= from)
                    errors.Add(new($"{at}.visit", $"visit {r.Visit} is planned for month {visit.Month}, not before month {from} the replan starts from: a month not yet reached"));
                CheckOutcome(r, visit, plan.Year, at, officers, errors);
            }
        }
        return errors;
    }

    private static void CheckOutcome(VisitRecord r, Visit visit, int year, string at, HashSet<string>? officers, List<InputError> errors)
    {
        switch (r.Outcome)
        {
            case RecordOutcomes.Done:
                if (r.Date is not { } date) errors.Add(new($"{at}.date", "a done visit needs its date (an ISO date such as \"2027-03-02\")"));
                else if (date.Year != year || date.Month != visit.Month)
                    errors.Add(new($"{at}.date", $"{date:yyyy-MM-dd} is not in month {visit.Month} of {year}, the visit's month"));
                if (r.Reason is not null) errors.Add(new($"{at}.reason", "a done visit has no reason; say what was found in findings"));
                var list = r.Officers ?? [];
                for (int k = 0; k < list.Count; k++)
                    if (officers is not null && !officers.Contains(list[k] ?? ""))
                        errors.Add(new($"{at}.officers[{k}]", $"no inspector {list[k]} in the instance"));
                break;
            case RecordOutcomes.NotDone:
                if (r.Reason is null || !NotDoneReasons.All.Contains(r.Reason))
                    errors.Add(new($"{at}.reason", $"a visit not done needs a reason: {string.Join(", ", NotDoneReasons.All)}{(r.Reason is null ? "" : $", not '{r.Reason}'")}"));
                break;
            default:
                errors.Add(new($"{at}.outcome", $"must be {RecordOutcomes.Done} or {RecordOutcomes.NotDone}, not '{r.Outcome}'"));
                break;
        }
    }
}
