using System.Text.Json;
using Scheduler.Api.Shared;
using Scheduler.Api.Solves;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Tests.Solves;

public sealed class RunFiguresTests
{
    [Fact]
    public void RunFigures_NamesEveryPlanFigure_WhenThePlannersFiguresGrow()
    {
        var served = typeof(RunFigures).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var missing = typeof(PlanFigures).GetProperties().Select(p => p.Name).Where(n => !served.Contains(n)).ToList();
        Assert.True(missing.Count == 0, $"RunFigures (the API's figures) lacks {string.Join(", ", missing)} of PlanFigures: add them");
    }

    [Fact]
    public void RunFigures_WritesAndReadsInfinitePeakLoadAsInf_WhenAZeroCapacityIsUsed()
    {
        var json = JsonSerializer.Serialize(new RunFigures { PeakLoad = double.PositiveInfinity, Visits = 3 }, ApiJsonContext.Default.RunFigures);
        using (var document = JsonDocument.Parse(json))
            Assert.Equal("inf", document.RootElement.GetProperty("peakLoad").GetString());
        Assert.True(double.IsPositiveInfinity(JsonSerializer.Deserialize(json, ApiJsonContext.Default.RunFigures)!.PeakLoad));
    }
}
