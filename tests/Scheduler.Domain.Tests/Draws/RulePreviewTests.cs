using Scheduler.Domain.Draws;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.Tests.Draws;

/// <summary>The preview of rules (population and expected size per rule and level) against what the draw then takes.</summary>
public class RulePreviewTests
{
    private static readonly Instance Register = DrawRegister.Make(7, "shop", "hotel");

    private static readonly RuleSet Rules = new()
    {
        Departments = [new DepartmentPolicy { Department = "SCJG", LeaveLevelAAlone = true }],
        Rules =
        [
            DrawRegister.Rule("R1", "SCJG", ["shop"]) with { RatioByLevel = new Dictionary<string, double> { ["B"] = 0.2, ["C"] = 0.5, ["D"] = 1 } },
            DrawRegister.Rule("R2", "SCJG") with { Ratio = 0.25, WeightByLevel = new Dictionary<string, double> { ["B"] = 1, ["D"] = 4 } },
            DrawRegister.Rule("R3", "YJGL") with { Population = new PopulationFilter { Enterprises = ["E001", "E009", "E030"] } },
            DrawRegister.Rule("R4", "YJGL", ["hotel"]) with { CountByLevel = new Dictionary<string, int> { ["A"] = 3, ["D"] = 50 } },
        ],
    };

    [Fact]
    public void Preview_GivesTheDrawsStrata_WithTheirPopulationsAndSampleSizes()
    {
        var preview = RulePreview.Of(Register, Rules);
        var drawn = Drawer.Draw(Register, Rules, new DrawRequest { Seed = 42 }).Record.Strata;

        Assert.Equal(drawn.Select(s => (s.Rule, s.Level, s.Method, s.Population, s.SampleSize)),
            preview.Select(s => (s.Rule, s.Level, s.Method, s.Population, s.Expected)));
    }

    [Fact]
    public void Preview_LeavesLevelAOut_ForADepartmentThatLeavesItAlone_ButNotItsLists()
    {
        var preview = RulePreview.Of(Register, Rules);

        Assert.Equal(3 * 14, preview.Single(s => s.Rule == "R2").Population);   // SCJG draws B–D of both industries
        Assert.Equal(3, preview.Single(s => s.Rule == "R3").Population);        // YJGL's list, level A included
        Assert.Equal(7, preview.Single(s => s.Rule == "R4" && s.Level == "D").Expected); // a count above the stratum takes it all
    }

    [Fact]
    public void Preview_NeverThrows_OnRatiosTheChecksRefuse()
    {
        var bad = new RuleSet { Rules = [DrawRegister.Rule("R1", "SCJG") with { RatioByLevel = new Dictionary<string, double> { ["A"] = double.NaN, ["B"] = 1e300, ["C"] = -2 } }] };

        var preview = RulePreview.Of(Register, bad);

        Assert.Equal([0, 14, 0], preview.Select(s => s.Expected));
    }
}
