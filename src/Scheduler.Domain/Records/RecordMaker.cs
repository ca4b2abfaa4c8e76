using Scheduler.Domain.Calendar;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Records;

/// <summary>
/// Marks whole months of an annual plan as reported: every visit of those months without a record gets one, done
/// (on its team-day's date with its team when the month's plan is given, else on the month's first suitable working
/// day) or, for a seeded share and for the visits the month left unscheduled, not done. For trials and benchmarks;
/// a county records what actually happened.
/// </summary>
public static class RecordMaker
{
    private static readonly string[] SyntheticReasons = [NotDoneReasons.NotFound, NotDoneReasons.Refused, NotDoneReasons.Postponed];

    /// <param name="existing">Records kept as they are (a visit already recorded is not marked again).</param>
    /// <param name="notDoneShare">The share (0–1) of the newly marked visits drawn as not done, seeded by <paramref name="seed"/>.</param>
    /// <param name="months">Monthly plans of the marked months, when made: dates and officers from their team-days.</param>
    public static RecordSet Mark(RecordSet? existing, Instance instance, AnnualPlan plan, int from, int through,
        double notDoneShare, int seed, IReadOnlyList<MonthlyPlan>? months = null)
    {
        var records = new List<VisitRecord>(existing?.Records ?? []);
        var recorded = records.Select(r => r.Visit).ToHashSet(StringComparer.Ordinal);
        var teamDays = new Dictionary<string, TeamDay>(StringComparer.Ordinal);
        var unscheduled = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var month in months ?? [])
        {
            foreach (var day in month.TeamDays)
                foreach (var v in day.Visits) teamDays.TryAdd(v, day);
            foreach (var u in month.Unscheduled) unscheduled.TryAdd(u.Visit, u.Reason);
        }
        var calendar = WorkCalendar.For(instance);
        var departments = instance.Needs.GroupBy(n => n.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Department, StringComparer.Ordinal);
        var random = new Random(seed);
        foreach (var visit in plan.Visits.Where(v => v.Month >= from && v.Month <= through).OrderBy(v => v.Month).ThenBy(v => v.Id, StringComparer.Ordinal))
        {
            if (!recorded.Add(visit.Id)) continue;
            // Drawn for every visit, so the same seed marks the same visits whatever the monthly plans say.
            bool drawnNotDone = random.NextDouble() < notDoneShare;
            string reason = SyntheticReasons[random.Next(SyntheticReasons.Length)];
            if (unscheduled.TryGetValue(visit.Id, out var why))
                records.Add(new VisitRecord { Visit = visit.Id, Outcome = RecordOutcomes.NotDone, Reason = NotDoneReasons.Postponed, Note = $"unscheduled: {why}" });
            else if (drawnNotDone)
                records.Add(new VisitRecord { Visit = visit.Id, Outcome = RecordOutcomes.NotDone, Reason = reason, Note = "synthetic (a drawn share not done)" });
            else if (teamDays.TryGetValue(visit.Id, out var day))
                records.Add(new VisitRecord { Visit = visit.Id, Outcome = RecordOutcomes.Done, Date = day.Date, Officers = day.Inspectors });
            else
            {
                bool joint = visit.Tasks.Select(t => departments.GetValueOrDefault(t.Need, "")).Distinct().Count() > 1;
                var days = joint && calendar.JointDays(visit.Month).Count > 0 ? calendar.JointDays(visit.Month) : calendar.WorkingDays(visit.Month);
                var date = days.Count > 0 ? days[0] : new DateOnly(plan.Year, visit.Month, 1);
                records.Add(new VisitRecord { Visit = visit.Id, Outcome = RecordOutcomes.Done, Date = date, Officers = [] });
            }
        }
        return new RecordSet
        {
            Instance = plan.Instance,
            Year = plan.Year,
            ThroughMonth = Math.Max(existing?.ThroughMonth ?? 0, through),
            Records = records,
        };
    }
}
