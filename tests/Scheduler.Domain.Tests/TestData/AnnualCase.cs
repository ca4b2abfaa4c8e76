using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Tests.TestData;

/// <summary>An instance and an annual plan; <see cref="Expected"/> is a fragment of the violation it must produce, or null when valid.</summary>
public sealed record AnnualCase(string Name, Instance Instance, AnnualPlan Plan, string? Expected)
{
    public override string ToString() => Name;
}
