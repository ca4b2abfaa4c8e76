using System.Globalization;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Replanning;

/// <summary>
/// Writes the replanned year as an annual plan: visits kept from the previous plan keep their id, their place in the list
/// and their occurrence numbers; new visits get fresh ids (never one the previous plan used) after them; occurrences
/// left over are unassigned with the reason in rule terms.
/// </summary>
/// <param name="frozen">False for the yardstick planned from scratch: month <paramref name="from"/> is open like the rest.</param>
/// <param name="staffFull">A replan fitted to the officers: where they are fully used (department, enterprise, month), for the reasons.</param>
internal sealed class ReplanAssembler(CompiledInstance ci, AnnualPlan previous, int from, bool frozen = true, Func<int, int, int, bool>? staffFull = null)
{
    private readonly List<(int Position, Visit Visit)> _visits = [];
    private readonly List<UnassignedOccurrence> _unassigned = [];
    private int _nextId = previous.Visits.Select(v => v.Id).Where(id => id.Length > 1 && id[0] == 'V' && id[1..].All(char.IsAsciiDigit))
        .Select(id => int.TryParse(id[1..], NumberStyles.None, CultureInfo.InvariantCulture, out int k) ? k : 0).DefaultIfEmpty(0).Max() + 1;

    /// <summary>Visits after the frozen month kept with the same month and the same needs.</summary>
    public int KeptFutureVisits { get; private set; }

    /// <param name="refitted">Enterprises whose schedule the staff fit changed (<see cref="StaffedReplan"/>): written from that
    /// schedule, as a touched enterprise is from its result; null: none.</param>
    public AnnualPlan Assemble(IEnumerable<EnterprisePart> parts, CapacityLedger ledger, IReadOnlyDictionary<int, EnterpriseSchedule>? refitted = null)
    {
        var explainer = new UnassignedExplainer(ci, ledger, from, frozen, staffFull);
        int newVisits = 0;
        foreach (var part in parts)
        {
            if (refitted?.GetValueOrDefault(part.Enterprise) is { } schedule)
            {
                newVisits += Touched(part, schedule, explainer);
                continue;
            }
            if (!part.Touched)
            {
                foreach (var v in part.Pinned.Concat(part.Future)) _visits.Add((v.Position, Written(v.Source, v.Occurrences)));
                KeptFutureVisits += part.Future.Count(v => v.Month > from);
                _unassigned.AddRange(part.OldUnassigned);
                continue;
            }
            newVisits += Touched(part, part.Result!, explainer);
        }
        return new AnnualPlan
        {
            Instance = ci.Source.Name,
            Year = ci.Source.Year,
            Visits = _visits.OrderBy(p => p.Position).Select(p => p.Visit).ToList(),
            Unassigned = _unassigned,
        };
    }

    private int Touched(EnterprisePart part, EnterpriseSchedule schedule, UnassignedExplainer explainer)
    {
        var used = ci.NeedsOfEnterprise[part.Enterprise].ToDictionary(n => n, _ => new HashSet<int>());
        int Free(int n, int preferred)
        {
            if (preferred >= 1 && preferred <= ci.Needs[n].Times && used[n].Add(preferred)) return preferred;
            int k = 1;
            while (!used[n].Add(k)) k++;
            return k;
        }
        // Pinned visits first: they keep their numbers where they can.
        var pinned = new Queue<KeptVisit>(part.Pinned.OrderBy(v => v.Month));
        var placed = new List<(ScheduledVisit Planned, KeptVisit? Old, Dictionary<int, int> Numbers)>();
        var pending = new List<ScheduledVisit>();
        foreach (var group in schedule.Visits.GroupBy(v => v.Month).OrderBy(g => g.Key))
        {
            int k = 0;
            foreach (var v in group)
            {
                // A frozen-month visit may have taken a task or given one up (ReplanSolver): it is written as planned.
                if (k++ < part.Pinned.Count(p => p.Month == group.Key) && pinned.TryDequeue(out var old))
                    placed.Add((v, old, v.Needs.Order().ToDictionary(n => n, n => Free(n, old.Occurrences.GetValueOrDefault(n)))));
                else pending.Add(v);
            }
        }
        var future = part.Future.ToList();
        int fresh = 0;
        foreach (var v in pending.OrderBy(v => v.Month))
        {
            var match = future.FirstOrDefault(f => f.Month == v.Month && f.Needs.SequenceEqual(v.Needs.Order()));
            if (match is not null)
            {
                future.Remove(match);
                if (match.Month > from) KeptFutureVisits++;
            }
            int Preferred(int n) => match?.Occurrences.GetValueOrDefault(n)
                ?? part.Future.FirstOrDefault(f => f.Month == v.Month && f.Occurrences.ContainsKey(n))?.Occurrences[n] ?? 0;
            placed.Add((v, match, v.Needs.Order().ToDictionary(n => n, n => Free(n, Preferred(n)))));
        }
        foreach (var (planned, old, numbers) in placed)
        {
            if (old is not null) _visits.Add((old.Position, Written(old.Source, numbers)));
            else
            {
                fresh++;
                _visits.Add((int.MaxValue, new Visit
                {
                    Id = $"V{_nextId++}",
                    Enterprise = ci.EnterpriseIds[part.Enterprise],
                    Month = planned.Month,
                    Tasks = numbers.OrderBy(kv => kv.Key).Select(kv => new VisitTask(ci.Needs[kv.Key].Id, kv.Value)).ToList(),
                }));
            }
        }
        foreach (var n in ci.NeedsOfEnterprise[part.Enterprise])
        {
            int missing = ci.Needs[n].Times - used[n].Count;
            if (missing <= 0) continue;
            var reason = explainer.Explain(schedule, n, missing);
            for (int k = 0; k < missing; k++) _unassigned.Add(new UnassignedOccurrence(ci.Needs[n].Id, Free(n, 0), reason));
        }
        return fresh;
    }

    /// <summary>A previous visit with the tasks it keeps, numbered as given, in its own task order, then the tasks it took, in need order.</summary>
    private Visit Written(Visit source, IReadOnlyDictionary<int, int> numbers)
    {
        // A visit kept as it was (every untouched enterprise's, each round of a staffed replan) is the source itself.
        if (KeepsEveryTask(source, numbers)) return source;
        var tasks = source.Tasks.Where(t => ci.NeedIndex.TryGetValue(t.Need, out int n) && numbers.ContainsKey(n))
            .Select(t => new VisitTask(t.Need, numbers[ci.NeedIndex[t.Need]])).ToList();
        var had = tasks.Select(t => ci.NeedIndex[t.Need]).ToHashSet();
        tasks.AddRange(numbers.Where(kv => !had.Contains(kv.Key)).OrderBy(kv => kv.Key).Select(kv => new VisitTask(ci.Needs[kv.Key].Id, kv.Value)));
        return source with { Tasks = tasks };
    }

    /// <summary>True when <paramref name="numbers"/> are exactly the source's tasks, each with its own occurrence number.</summary>
    private bool KeepsEveryTask(Visit source, IReadOnlyDictionary<int, int> numbers)
    {
        var tasks = source.Tasks;
        if (tasks.Count != numbers.Count) return false;
        for (int i = 0; i < tasks.Count; i++)
        {
            if (!ci.NeedIndex.TryGetValue(tasks[i].Need, out int n) || !numbers.TryGetValue(n, out int k) || k != tasks[i].Occurrence) return false;
            for (int j = 0; j < i; j++)
                if (tasks[j].Need == tasks[i].Need) return false;
        }
        return true;
    }
}
