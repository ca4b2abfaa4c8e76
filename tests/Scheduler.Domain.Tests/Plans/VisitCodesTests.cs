using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Tests.TestData;

namespace Scheduler.Domain.Tests.Plans;

public sealed class VisitCodesTests
{
    [Fact]
    public void Code_EndsWithTheGb11643CheckCharacter_OnTheStandardsExample()
    {
        // 11010519491231002X is GB 11643's worked example: the same ISO 7064 MOD 11-2 over 17 digits.
        Assert.Equal("11010519491231002X", VisitCodes.Code("110105", 1949, 1231002));
        Assert.Equal("330225202700000424", VisitCodes.Code("330225", 2027, 42)); // docs/draws.md's example
    }

    [Fact]
    public void ProblemWith_CatchesEveryMistypedDigit()
    {
        var code = VisitCodes.Code("330225", 2027, 1234567);
        Assert.Null(VisitCodes.ProblemWith(code));
        for (int i = 0; i < 17; i++)
        {
            var typo = code[..i] + (char)('0' + (code[i] - '0' + 1) % 10) + code[(i + 1)..];
            Assert.NotNull(VisitCodes.ProblemWith(typo));
        }
        Assert.Contains("18 characters", VisitCodes.ProblemWith("12345"));
    }

    [Fact]
    public void For_NumbersPlannerIdsByTheirNumber_AndOthersAfterTheLargest()
    {
        var instance = TinyCounty.Instance() with { CountyCode = "330225", Year = 2027 };
        var plan = Plan("V3", "V1", "visit-b", "visit-a");

        var codes = VisitCodes.For(instance, plan);

        Assert.Equal(VisitCodes.Code("330225", 2027, 1), codes["V1"]);
        Assert.Equal(VisitCodes.Code("330225", 2027, 3), codes["V3"]);
        Assert.Equal(VisitCodes.Code("330225", 2027, 4), codes["visit-a"]);
        Assert.Equal(VisitCodes.Code("330225", 2027, 5), codes["visit-b"]);
        Assert.All(codes.Values, c => Assert.Null(VisitCodes.ProblemWith(c)));
    }

    [Fact]
    public void For_KeepsAVisitsCode_WhenOtherVisitsComeAndGo()
    {
        var instance = TinyCounty.Instance() with { CountyCode = "330225" };

        var before = VisitCodes.For(instance, Plan("V1", "V2", "V7"));
        var after = VisitCodes.For(instance, Plan("V7", "V9", "V2"));

        Assert.Equal(before["V7"], after["V7"]);
        Assert.Equal(before["V2"], after["V2"]);
    }

    [Fact]
    public void CountyOf_TakesTheDivisionMostCreditCodesName_WhenNoCountyCode()
    {
        var tiny = TinyCounty.Instance();
        var enterprises = tiny.Enterprises.Select((e, i) => e with { CreditCode = i == 0 ? "91110105MA00000000" : "91330225MA00000000" }).ToList();

        Assert.Equal("330225", VisitCodes.CountyOf(tiny with { Enterprises = enterprises }));
        Assert.Equal(VisitCodes.UnknownCounty, VisitCodes.CountyOf(tiny with { CountyCode = null }));
        Assert.Equal("110000", VisitCodes.CountyOf(tiny with { CountyCode = "110000", Enterprises = enterprises }));
    }

    [Fact]
    public void Lookup_GivesTheCode_AndNullForAnUnknownVisit()
    {
        var instance = TinyCounty.Instance() with { CountyCode = "330225" };
        var lookup = new InstanceLookup(instance, Plan("V1"));

        Assert.Equal(VisitCodes.Code("330225", instance.Year, 1), lookup.VisitCode("V1"));
        Assert.Null(lookup.VisitCode("V2"));
    }

    private static AnnualPlan Plan(params string[] ids) => new()
    {
        Instance = "tiny",
        Year = 2027,
        Visits = [.. ids.Select(id => new Visit { Id = id, Enterprise = "E1", Month = 3, Tasks = [new VisitTask("N1", 1)] })],
    };
}
