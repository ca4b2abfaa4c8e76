using Scheduler.Domain.Draws;

namespace Scheduler.Domain.Tests.Draws;

/// <summary>
/// The draw's statistics over 1,000 fixed seeds (1…1,000): deterministic, so they cannot flake; the thresholds are
/// those a correct sampler passes with probability above 0.999.
/// </summary>
public class DrawStatisticsTests
{
    private const int Seeds = 1_000;

    private static readonly Dictionary<string, double> Ratios = new() { ["A"] = 0.1, ["B"] = 0.3, ["C"] = 0.5, ["D"] = 1.0 };

    [Fact]
    public void SelectionRate_MatchesTheRatio_ForEveryEnterpriseOfEveryStratum()
    {
        // 10 enterprises a level, so round(ratio × 10) / 10 is the ratio itself.
        var register = DrawRegister.Make(10);
        var rules = new RuleSet { Rules = [DrawRegister.Rule("R1", "SCJG") with { RatioByLevel = Ratios }] };
        var picks = new Dictionary<string, int>();
        for (var seed = 1; seed <= Seeds; seed++)
        {
            foreach (var id in Drawer.Draw(register, rules, new DrawRequest { Seed = seed }).Record.Strata.SelectMany(s => s.Selected))
                picks[id] = picks.GetValueOrDefault(id) + 1;
        }

        // Binomial test per enterprise, two-sided, Bonferroni over the 30 enterprises with 0 < π < 1.
        var tested = register.Enterprises.Where(e => Ratios[e.RiskLevel!] < 1).ToArray();
        var alpha = 0.001 / tested.Length;
        foreach (var e in tested)
        {
            var k = picks.GetValueOrDefault(e.Id);
            var p = Binomial.TwoSidedP(k, Seeds, Ratios[e.RiskLevel!]);
            Assert.True(p > alpha, $"{e.Id} (level {e.RiskLevel}) drawn {k} times in {Seeds}, ratio {Ratios[e.RiskLevel!]}: p = {p:g3} ≤ {alpha:g3}");
        }
        Assert.All(register.Enterprises.Where(e => e.RiskLevel == "D"), e => Assert.Equal(Seeds, picks[e.Id]));
    }

    [Fact]
    public void SampleSize_IsExact_ForEveryFixedSizeStratum()
    {
        var register = DrawRegister.Make(7, "shop", "hotel");
        var rules = new RuleSet
        {
            Rules =
            [
                DrawRegister.Rule("R1", "SCJG") with { RatioByLevel = new Dictionary<string, double> { ["A"] = 0.05, ["B"] = 0.2, ["C"] = 0.5 } },
                DrawRegister.Rule("R2", "YJGL") with { CountByLevel = new Dictionary<string, int> { ["B"] = 3, ["D"] = 20 } },
                DrawRegister.Rule("R3", "YJGL") with { Count = 9, WeightByLevel = new Dictionary<string, double> { ["A"] = 1, ["D"] = 8 } },
            ],
        };
        for (var seed = 1; seed <= 200; seed++)
        {
            foreach (var s in Drawer.Draw(register, rules, new DrawRequest { Seed = seed, Mode = seed % 2 == 0 ? DrawModes.Independent : DrawModes.Coordinated }).Record.Strata)
            {
                var expected = s.Count is { } c ? Math.Min(c, s.Population) : Drawer.SampleSize(s.Ratio, null, s.Population);
                Assert.Equal(expected, s.SampleSize);
                Assert.Equal(expected, s.Selected.Distinct().Count());
            }
        }
        // Half rounds up: 0.05 × 14 = 0.7 → 1; 0.2 × 14 = 2.8 → 3; 0.5 × 14 = 7.
        Assert.Equal([1, 3, 7], Drawer.Draw(register, rules, new DrawRequest { Seed = 1 }).Record.Strata.Where(s => s.Rule == "R1").Select(s => s.SampleSize));
        Assert.Equal(1, Drawer.SampleSize(0.05, null, 10));
    }

    [Fact]
    public void CoordinatedOverlap_IsWithinTwoPercentOfTheMostPossible_WhenPopulationsDiffer()
    {
        // SCJG draws 30% of shops and hotels, YJGL 50% of hotels and farms: they share the hotels.
        var register = DrawRegister.Make(10, "shop", "hotel", "farm");
        var rules = TwoDepartments();
        double overlap = 0, bound = 0;
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var f = DrawFigures.Of(Drawer.Draw(register, rules, new DrawRequest { Seed = seed }));
            overlap += f.PairOverlap;
            bound += f.PairOverlapBound;
        }
        Assert.True(Math.Abs(overlap / bound - 1) <= 0.02, $"coordinated overlap {overlap / Seeds:0.00} a draw against Σ min(π₁, π₂) = {bound / Seeds:0.00}");
    }

    [Fact]
    public void IndependentOverlap_IsTheProductOfRatios_AndFarBelowCoordinated()
    {
        var register = DrawRegister.Make(10, "shop", "hotel", "farm");
        var rules = TwoDepartments();
        double overlap = 0;
        for (var seed = 1; seed <= Seeds; seed++)
            overlap += DrawFigures.Of(Drawer.Draw(register, rules, new DrawRequest { Seed = seed, Mode = DrawModes.Independent })).PairOverlap;
        // 40 hotels, 30% and 50%: 6 in both on average drawn apart, 12 coordinated.
        Assert.InRange(overlap / Seeds, 5.5, 6.5);
    }

    [Fact]
    public void Spread_DrawsLastYearsEnterprisesBelowTheirRatio()
    {
        var register = DrawRegister.Make(10, "shop", "hotel", "farm");
        var rules = TwoDepartments();
        int drawnBefore = 0, drawnAgain = 0, coordinatedAgain = 0;
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var year1 = Drawer.Draw(register, rules, new DrawRequest { Seed = seed }).Record;
            var year2 = Drawer.Draw(register, rules, new DrawRequest { Seed = seed, Mode = DrawModes.Spread, Previous = year1 }).Record;
            var first = Selected(year1, "R1");
            drawnBefore += first.Count;
            drawnAgain += first.Intersect(Selected(year2, "R1")).Count();
            coordinatedAgain += first.Intersect(Selected(Drawer.Draw(register, rules, new DrawRequest { Seed = seed }).Record, "R1")).Count();
        }
        var rate = (double)drawnAgain / drawnBefore;
        Assert.True(rate < 0.3, $"drawn in year 1, drawn again in year 2 at {rate:P1}, not below the ratio 30%");
        Assert.Equal(drawnBefore, coordinatedAgain);
    }

    private static RuleSet TwoDepartments() => new()
    {
        Rules =
        [
            DrawRegister.Rule("R1", "SCJG", ["shop", "hotel"]) with { Ratio = 0.3 },
            DrawRegister.Rule("R2", "YJGL", ["hotel", "farm"]) with { Ratio = 0.5 },
        ],
    };

    private static HashSet<string> Selected(DrawRecord record, string rule) =>
        record.Strata.Where(s => s.Rule == rule).SelectMany(s => s.Selected).ToHashSet();
}

/// <summary>The exact two-sided binomial test (the p-value sums every outcome no more likely than the one seen).</summary>
internal static class Binomial
{
    public static double TwoSidedP(int k, int n, double p)
    {
        var observed = LogPmf(k, n, p);
        double sum = 0;
        for (var j = 0; j <= n; j++)
        {
            var l = LogPmf(j, n, p);
            if (l <= observed + 1e-9) sum += Math.Exp(l);
        }
        return Math.Min(1, sum);
    }

    private static double LogPmf(int k, int n, double p) =>
        LogFactorial(n) - LogFactorial(k) - LogFactorial(n - k) + k * Math.Log(p) + (n - k) * Math.Log(1 - p);

    private static readonly double[] LogFactorials = Table(10_000);

    private static double LogFactorial(int n) => LogFactorials[n];

    private static double[] Table(int size)
    {
        var table = new double[size + 1];
        for (var i = 2; i <= size; i++) table[i] = table[i - 1] + Math.Log(i);
        return table;
    }
}
