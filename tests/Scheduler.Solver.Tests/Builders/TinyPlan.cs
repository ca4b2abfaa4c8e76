using Scheduler.Domain.Plans;

namespace Scheduler.Solver.Tests.Builders;

/// <summary>
/// Hand-written annual plans for checking the checkers:
/// <c>TinyPlan.Of(TinyPlan.Visit("V1", "E1", 3, "N1#1", "N2#1")).Unassigned("N3#1", "why")</c>.
/// </summary>
public sealed class TinyPlan
{
    private readonly List<Visit> visits = [];
    private readonly List<UnassignedOccurrence> unassigned = [];

    public static TinyPlan Of(params Visit[] visits)
    {
        var plan = new TinyPlan();
        plan.visits.AddRange(visits);
        return plan;
    }

    /// <summary>A visit; each task is written "need#occurrence".</summary>
    public static Visit Visit(string id, string enterprise, int month, params string[] tasks) => new()
    {
        Id = id,
        Enterprise = enterprise,
        Month = month,
        Tasks = tasks.Select(Task).ToArray(),
    };

    public TinyPlan Unassigned(string task, string reason)
    {
        var t = Task(task);
        unassigned.Add(new UnassignedOccurrence(t.Need, t.Occurrence, reason));
        return this;
    }

    public AnnualPlan Build() => new() { Instance = "tiny", Year = 2027, Visits = visits.ToArray(), Unassigned = unassigned.ToArray() };

    private static VisitTask Task(string text)
    {
        var parts = text.Split('#');
        return new VisitTask(parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
