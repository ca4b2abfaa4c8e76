using System.Text;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Monthly;

namespace Scheduler.Solver.Staffing;

/// <summary>
/// A replan's months planned side by side (<see cref="MonthlyPlannerOptions.IndependentMonths"/>: a month depends only on
/// its own visits, the options and the seed), remembered by what their visits are: a month whose visits — enterprise and
/// tasks in plan order, and the id where the published month knows it — are the same as when it was last planned with
/// the same options is not planned again; its plan is taken with the visits' ids of now. Ids of new visits shift between
/// rounds (they are numbered in assembly order), which is why they are not part of what is compared. The staffing rounds
/// and the final months of a replan plan the frozen month, which the fit never changes, and months the fit did not
/// touch, again and again (seed 1 of the replan bench: the frozen month's final months 1.3 s twice). Deterministic: what
/// is remembered depends only on the inputs.
/// </summary>
internal sealed class MonthsMemo
{
    private readonly Dictionary<int, (string Key, IReadOnlyList<string> Ids, MonthlyPlanResult Result)> _months = [];
    private object? _source;

    /// <summary>Months planned and months remembered, for the trace and the tests.</summary>
    public int Planned { get; private set; }
    public int Remembered { get; private set; }

    /// <summary>Months <paramref name="firstMonth"/>..12 of <paramref name="plan"/>, side by side on the options' workers;
    /// cancelled: the months up to the first missing one.</summary>
    /// <param name="source">What the options were made from: months remembered under another source are forgotten.</param>
    public IReadOnlyList<MonthlyPlanResult> Plan(Instance instance, AnnualPlan plan, MonthlyPlannerOptions options, object source, int firstMonth,
        CancellationToken cancellationToken)
    {
        if (!options.IndependentMonths) throw new ArgumentException("only months planned side by side can be remembered", nameof(options));
        if (!ReferenceEquals(source, _source))
        {
            _months.Clear();
            _source = source;
        }
        var byMonth = plan.Visits.GroupBy(v => v.Month).ToDictionary(g => g.Key, g => g.ToList());
        var now = new Dictionary<int, (string Key, IReadOnlyList<string> Ids)>();
        var results = new MonthlyPlanResult?[13 - firstMonth];
        var todo = new List<int>();
        for (int m = firstMonth; m <= 12; m++)
        {
            var visits = byMonth.GetValueOrDefault(m) ?? [];
            var published = options.Published?.GetValueOrDefault(m)?.TeamDays.SelectMany(t => t.Visits).ToHashSet(StringComparer.Ordinal);
            now[m] = (Key(visits, published), visits.Select(v => v.Id).ToList());
            if (_months.TryGetValue(m, out var known) && known.Key == now[m].Key)
            {
                results[m - firstMonth] = Renamed(known.Result, known.Ids, now[m].Ids);
                Remembered++;
            }
            else todo.Add(m);
        }
        Parallel.ForEach(todo, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Workers), CancellationToken = CancellationToken.None },
            (m, state) =>
            {
                if (cancellationToken.IsCancellationRequested) { state.Stop(); return; }
                results[m - firstMonth] = new MonthlyPlanner().Plan(instance, plan, m, options, null, cancellationToken);
            });
        if (!cancellationToken.IsCancellationRequested)
            foreach (int m in todo)
            {
                _months[m] = (now[m].Key, now[m].Ids, results[m - firstMonth]!);
                Planned++;
            }
        return [.. results.TakeWhile(r => r is not null).Select(r => r!)];
    }

    /// <summary>A month's visits as the planner reads them, in plan order: the id where the published month holds it, the enterprise, the tasks.</summary>
    private static string Key(List<Visit> visits, HashSet<string>? published)
    {
        var key = new StringBuilder();
        foreach (var v in visits)
        {
            key.Append(published?.Contains(v.Id) == true ? v.Id : "*").Append('@').Append(v.Enterprise);
            foreach (var t in v.Tasks) key.Append('|').Append(t.Need).Append('#').Append(t.Occurrence);
            key.Append(';');
        }
        return key.ToString();
    }

    /// <summary>A remembered month with its visits' ids of then replaced by those of now (the same visits, in the same order).</summary>
    private static MonthlyPlanResult Renamed(MonthlyPlanResult result, IReadOnlyList<string> then, IReadOnlyList<string> now)
    {
        if (then.SequenceEqual(now)) return result with { Elapsed = TimeSpan.Zero };
        var map = then.Zip(now).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        string Id(string id) => map.GetValueOrDefault(id, id);
        return result with
        {
            Plan = result.Plan with
            {
                TeamDays = result.Plan.TeamDays.Select(t => t with { Visits = t.Visits.Select(Id).ToList() }).ToList(),
                Unscheduled = result.Plan.Unscheduled.Select(u => u with { Visit = Id(u.Visit) }).ToList(),
            },
            ShortDepartments = result.ShortDepartments.ToDictionary(kv => Id(kv.Key), kv => kv.Value, StringComparer.Ordinal),
            LackingDepartments = result.LackingDepartments.ToDictionary(kv => Id(kv.Key), kv => kv.Value, StringComparer.Ordinal),
            Elapsed = TimeSpan.Zero,
        };
    }
}
