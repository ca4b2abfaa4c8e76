using Scheduler.Domain.Draws;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.Tests.Draws;

/// <summary>Small hand-built registers for draw tests: enterprises with credit codes, levels, industries and tags.</summary>
internal static class DrawRegister
{
    /// <summary><paramref name="perLevel"/> enterprises of each level A–D in each of the industries given, ids E001…, valid credit codes.</summary>
    public static Instance Make(int perLevel, params string[] industries)
    {
        var enterprises = new List<Enterprise>();
        foreach (var industry in industries.Length == 0 ? ["shop"] : industries)
        {
            foreach (var level in RiskLevels.All)
            {
                for (var k = 0; k < perLevel; k++)
                {
                    var n = enterprises.Count + 1;
                    enterprises.Add(new Enterprise
                    {
                        Id = $"E{n:000}",
                        Name = $"企业{n}",
                        Township = "T1",
                        Location = new GeoPoint(29.4, 121.9),
                        CreditTier = RiskLevels.Colour(level),
                        Industry = industry,
                        CreditCode = Code(n),
                        RiskLevel = level,
                        Tags = n % 7 == 0 ? ["重点监管"] : null,
                    });
                }
            }
        }
        return new Instance
        {
            Name = "draw-test",
            Year = 2026,
            Townships = [new Township { Id = "T1", Name = "丹东街道", Location = new GeoPoint(29.4, 121.9) }],
            Departments = [new Department { Id = "SCJG", Name = "市场监管" }, new Department { Id = "YJGL", Name = "应急管理" }],
            CheckItems =
            [
                new CheckItem { Id = "SCJG-01", Department = "SCJG", Name = "食品", Minutes = 45 },
                new CheckItem { Id = "YJGL-01", Department = "YJGL", Name = "消防", Minutes = 45 },
            ],
            Enterprises = enterprises,
        };
    }

    /// <summary>A valid credit code of 象山县 with a serial number in its organisation code.</summary>
    public static string Code(int serial)
    {
        var body = $"MA{serial:000000}";
        var first17 = $"91330225{body}{CreditCode.OrganisationCheckCharacter(body)}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    public static SamplingRule Rule(string id, string department, string[]? industries = null) => new()
    {
        Id = id,
        Department = department,
        Items = [department + "-01"],
        Population = new PopulationFilter { Industries = industries },
    };
}
