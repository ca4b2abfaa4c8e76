using Scheduler.Domain.Draws;
using Scheduler.Domain.Json;
using Scheduler.Domain.Validation;

namespace Scheduler.Domain.Tests.Draws;

public class DrawReplayTests
{
    private static readonly RuleSet Rules = new()
    {
        Departments = [new DepartmentPolicy { Department = "SCJG", MaxChecksPerEnterprise = 3, LeaveLevelAAlone = true }],
        Rules =
        [
            DrawRegister.Rule("R1", "SCJG") with { RatioByLevel = new Dictionary<string, double> { ["B"] = 0.2, ["C"] = 0.6, ["D"] = 1 }, TimesPerYearByLevel = new Dictionary<string, int> { ["D"] = 2 } },
            DrawRegister.Rule("R2", "YJGL") with { Count = 5, WeightByLevel = new Dictionary<string, double> { ["A"] = 1, ["D"] = 4 } },
            DrawRegister.Rule("R3", "YJGL") with { Population = new PopulationFilter { Tags = ["重点监管"] }, TimesPerYear = 2 },
            DrawRegister.Rule("R4", "SCJG") with { Kind = RuleKinds.Triggered, Population = new PopulationFilter { Enterprises = ["E001", "E040"] } },
        ],
    };

    [Theory]
    [InlineData(DrawModes.Coordinated)]
    [InlineData(DrawModes.Independent)]
    public void FirstDifference_IsNull_WhenTheRecordIsReplayedFromItsJson(string mode)
    {
        var register = DrawRegister.Make(10);
        var record = Drawer.Draw(register, Rules, new DrawRequest { Seed = 20260101, Mode = mode }).Record;

        var read = DrawJson.ReadRecord(DrawJson.Write(record));

        Assert.True(read.Ok, string.Join("; ", read.Errors));
        Assert.Null(DrawVerifier.FirstDifference(read.Value!, register, Rules));
    }

    [Fact]
    public void FirstDifference_IsNull_WhenASpreadDrawIsReplayedWithoutItsPrevious()
    {
        var register = DrawRegister.Make(10);
        var year1 = Drawer.Draw(register, Rules, new DrawRequest { Seed = 5 }).Record;
        var year2 = Drawer.Draw(register, Rules, new DrawRequest { Seed = 5, Mode = DrawModes.Spread, Previous = year1 }).Record;

        Assert.NotEqual(0, year2.Starts["B"]);
        Assert.Null(DrawVerifier.FirstDifference(DrawJson.ReadRecord(DrawJson.Write(year2)).Value!, register, Rules));
    }

    [Fact]
    public void FirstDifference_NamesTheSelection_WhenARecordWasAltered()
    {
        var register = DrawRegister.Make(10);
        var record = Drawer.Draw(register, Rules, new DrawRequest { Seed = 3 }).Record;
        var stratum = record.Strata[1];
        var altered = record with
        {
            Strata = [.. record.Strata.Select(s => s == stratum ? s with { Selected = [.. s.Selected.Skip(1).Prepend("E999")] } : s)],
        };

        Assert.Equal($"strata[1] (rule R1, level C): selected[0] is E999 in the record, {stratum.Selected[0]} in the replay",
            DrawVerifier.FirstDifference(altered, register, Rules));
    }

    [Fact]
    public void FirstDifference_NamesTheSeedsEffect_WhenTheSeedDiffers()
    {
        var register = DrawRegister.Make(10);
        var record = Drawer.Draw(register, Rules, new DrawRequest { Seed = 3 }).Record;

        var difference = DrawVerifier.FirstDifference(record with { Seed = 4 }, register, Rules);

        Assert.NotNull(difference);
        Assert.Matches(@"^(strata|numbers)\[\d+\]", difference);
    }

    [Fact]
    public void Draw_WritesAValidInstance_WithListsTriggeredChecksCapAndLevelALeftAlone()
    {
        var register = DrawRegister.Make(10);
        var outcome = Drawer.Draw(register, Rules, new DrawRequest { Seed = 11 });

        Assert.Empty(InstanceValidator.Validate(outcome.Instance));
        var needs = outcome.Instance.Needs;
        // R1 leaves A alone; the triggered R4 still reaches E001 (level A).
        Assert.DoesNotContain(needs, n => n.Id.StartsWith("R1:", StringComparison.Ordinal) && register.Enterprises.Single(e => e.Id == n.Enterprise).RiskLevel == "A");
        Assert.Contains(needs, n => n.Id == "R4:E001");
        // The list R3 takes every tagged enterprise.
        Assert.Equal(register.Enterprises.Where(e => e.Tags is not null).Select(e => e.Id), needs.Where(n => n.Id.StartsWith("R3:", StringComparison.Ordinal)).Select(n => n.Enterprise));
        // E040 (level D) gets 2 checks from R1 and 1 from R4: the cap of 3 holds.
        Assert.Equal(3, needs.Where(n => n.Enterprise == "E040" && n.Department == "SCJG").Sum(n => n.TimesPerYear));
    }

    [Fact]
    public void PublicNumber_IsTheDocumentedHash_OfSeedAndCreditCode()
    {
        // SHA-256("7|91350100M000100Y43"), first 8 bytes big-endian, >> 11, / 2^53 (docs/draws.md).
        var digest = System.Security.Cryptography.SHA256.HashData("7|91350100M000100Y43"u8);
        var k = System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(digest) >> 11;

        Assert.Equal(k, PermanentRandom.Number(7, "91350100M000100Y43"));
        Assert.InRange(PermanentRandom.Fraction(k), 0, 1);
    }
}
