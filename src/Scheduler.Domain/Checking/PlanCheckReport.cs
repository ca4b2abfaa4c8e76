using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Checking;

/// <summary>Validity of a plan (every violated rule, in words) and its figures.</summary>
public sealed record PlanCheckReport(IReadOnlyList<string> Violations, PlanFigures Figures)
{
    public bool Valid => Violations.Count == 0;
}
