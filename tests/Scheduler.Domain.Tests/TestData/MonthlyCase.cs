using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Tests.TestData;

/// <summary>An instance, a valid annual plan and monthly plans; <see cref="Expected"/> is a fragment of the violation they must produce, or null when valid.</summary>
public sealed record MonthlyCase(string Name, Instance Instance, AnnualPlan Plan, IReadOnlyList<MonthlyPlan> Months, string? Expected)
{
    public override string ToString() => Name;
}
