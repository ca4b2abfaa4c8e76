using System.Diagnostics;
using System.Text.Json;
using Scheduler.Cli.Reporting.Json;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Records;
using Scheduler.Domain.WhatIfs;
using Scheduler.Solver;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Replanning;

namespace Scheduler.Cli.Running;

/// <summary>
/// `scheduler bench --whatif`: the year planned (or read), the months before <c>from</c> recorded (5% not done, seeded)
/// and the year replanned from <c>from</c> fitted to the officers (its months are where the answers place their visits), then <c>count</c> seeded what-ifs in turn (an enterprise closed for one to three months, a department losing a few
/// visits in a month, one more need copied from another enterprise's) each answered by <see cref="WhatIfReplanner"/> and
/// timed alone; writes whatif.json.
/// </summary>
internal static class WhatIfBench
{
    public static WhatIfDocument Run(Instance instance, AnnualPlan? given, int from, int count, int seed, PlannerOptions options, string folder,
        Action<string> log, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        AnnualPlan plan;
        if (given is null)
        {
            log($"planning the year of {instance.Name} ({instance.Enterprises.Count:N0} enterprises)");
            plan = AnnualPlanners.Create(PlannerKind.Optimized).Plan(instance, options, null, ct).Plan;
            Directory.CreateDirectory(folder);
            ContractJson.WriteFile(Path.Combine(folder, "plan.json"), ContractJson.Write(plan));
        }
        else plan = given;
        double planSeconds = given is null ? Math.Round(clock.Elapsed.TotalSeconds, 2) : 0;
        // As in the service: January to the month before `from` recorded (5% not done), the year replanned from `from`
        // (a replan run), and the what-ifs asked of that replan, whose months before `from` are history.
        var records = RecordMaker.Mark(null, instance, plan, 1, from - 1, 0.05, seed);
        // The replan fitted to the officers with its months (the service's default staff mode), as the service holds a
        // replan run: where each answer's visits are placed with the officers.
        log($"recording months 1-{from - 1} and replanning from month {from}, fitted to the officers");
        var monthsClock = Stopwatch.StartNew();
        var monthOptions = new MonthlyPlannerOptions { Seed = seed, Workers = options.Workers };
        var replan = Replanner.Replan(instance, plan, from, records, options, ct, fitStaff: monthOptions);
        plan = replan.Plan ?? throw new InvalidOperationException("the recorded history does not fit the year (a bug)");
        var published = replan.Months.ToDictionary(m => m.Plan.Month, m => m.Plan);
        double monthsSeconds = Math.Round(monthsClock.Elapsed.TotalSeconds, 2);
        var teams = new List<double>();
        var totals = new List<double>();
        int placed = 0, noTeam = 0;

        var random = new Random(seed);
        var times = new List<(string Kind, double Ms)>();
        int answered = 0, refused = 0;
        long visitsDelta = 0, moves = 0;
        bool valid = true;
        for (int i = 0; i < count && !ct.IsCancellationRequested; i++)
        {
            var whatIf = Draw(instance, plan, from, i % 3, random);
            var watch = Stopwatch.StartNew();
            var outcome = WhatIfReplanner.Answer(instance, plan, null, from, whatIf, null, seed, ct);
            double ms = watch.Elapsed.TotalMilliseconds;
            times.Add((whatIf.Kind!, ms));
            if (outcome.Replan?.Plan is not { } answer) { refused++; log($"what-if {i + 1} ({whatIf.Kind}) refused: {string.Join("; ", outcome.Problems.Take(2))}"); continue; }
            answered++;
            var teamsWatch = Stopwatch.StartNew();
            var places = WhatIfTeams.Place(outcome.Change.Changed!, plan, answer, outcome.Change.From, published, seed, ct);
            teams.Add(teamsWatch.Elapsed.TotalMilliseconds);
            totals.Add(ms + teams[^1]);
            placed += places.Count(p => p.TeamDay is not null);
            noTeam += places.Count(p => p.TeamDay is null);
            visitsDelta += answer.Visits.Count - plan.Visits.Count;
            moves += Moved(plan, answer);
            valid &= PlanChecker.Check(outcome.Change.Changed!, answer).Valid;
        }

        var all = times.Select(t => t.Ms).ToList();
        var doc = new WhatIfDocument(instance.Name, instance.Enterprises.Count, from, seed, times.Count, answered, refused,
            Percentile(all, 0.50), Percentile(all, 0.95), Math.Round(all.DefaultIfEmpty().Max(), 1), Math.Round(all.DefaultIfEmpty().Average(), 1),
            planSeconds, times.GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => g.Count()),
            times.GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => Percentile([.. g.Select(t => t.Ms)], 0.95)),
            answered == 0 ? 0 : Math.Round((double)visitsDelta / answered, 2), answered == 0 ? 0 : Math.Round((double)moves / answered, 2), valid)
        {
            TeamsP50Ms = Percentile(teams, 0.50), TeamsP95Ms = Percentile(teams, 0.95), TotalP95Ms = Percentile(totals, 0.95),
            Placed = placed, NoTeam = noTeam, MonthsSeconds = monthsSeconds,
        };
        Directory.CreateDirectory(folder);
        ContractJson.WriteFile(Path.Combine(folder, "whatif.json"), JsonSerializer.Serialize(doc, CliJsonContext.Default.WhatIfDocument));
        return doc;
    }

    /// <summary>One seeded what-if of kind <paramref name="kind"/> (0 close, 1 capacity, 2 need) about the months from <paramref name="from"/> on.</summary>
    private static WhatIf Draw(Instance instance, AnnualPlan plan, int from, int kind, Random random)
    {
        var later = plan.Visits.Where(v => v.Month > from).ToList();
        var visit = later[random.Next(later.Count)];
        if (kind == 0)
        {
            int first = random.Next(from + 1, 13), length = random.Next(1, 4);
            return new WhatIf { Kind = WhatIfKinds.Close, Enterprise = visit.Enterprise, Months = [.. Enumerable.Range(first, Math.Min(length, 13 - first))] };
        }
        var needs = instance.Needs.ToDictionary(n => n.Id, StringComparer.Ordinal);
        if (kind == 1)
            return new WhatIf { Kind = WhatIfKinds.Capacity, Department = needs[visit.Tasks[0].Need].Department, Month = visit.Month, Visits = random.Next(1, 6) };
        var template = instance.Needs[random.Next(instance.Needs.Count)];
        var target = instance.Enterprises[random.Next(instance.Enterprises.Count)];
        var closed = MonthSet.Of(target.ClosedMonths);
        var months = template.Months.Where(m => m >= from && !MonthSet.Contains(closed, m)).ToList();
        if (months.Count == 0) months = [.. Enumerable.Range(from, 13 - from).Where(m => !MonthSet.Contains(closed, m))];
        int times = Math.Max(1, Math.Min(template.TimesPerYear, MonthSet.MostOccurrences(MonthSet.Of(months), template.MinGapMonths)));
        return new WhatIf { Kind = WhatIfKinds.Need, Need = template with { Id = "", Enterprise = target.Id, Months = months, TimesPerYear = times } };
    }

    /// <summary>Occurrences placed in another month (or dropped, or added) between the two plans.</summary>
    private static int Moved(AnnualPlan before, AnnualPlan after)
    {
        static Dictionary<(string, int), int> Months(AnnualPlan p) =>
            p.Visits.SelectMany(v => v.Tasks.Select(t => (Key: (t.Need, t.Occurrence), v.Month))).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Month);
        var a = Months(before);
        var b = Months(after);
        return a.Count(kv => !b.TryGetValue(kv.Key, out var m) || m != kv.Value) + b.Keys.Count(k => !a.ContainsKey(k));
    }

    private static double Percentile(List<double> values, double share)
    {
        if (values.Count == 0) return 0;
        var sorted = values.Order().ToList();
        return Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)], 1);
    }
}
