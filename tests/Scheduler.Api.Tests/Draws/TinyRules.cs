namespace Scheduler.Api.Tests.Draws;

/// <summary>Sampling rules (docs/draws.md §2) over tiny.json's register, as departments submit them.</summary>
public static class TinyRules
{
    /// <summary>Registers tiny's year and submits <see cref="Scjg"/> and <see cref="Yjgl"/>, each with its department's own token.</summary>
    public static async Task RegisterAndSubmitAsync(ApiFactory api)
    {
        await Scenario.RegisterTinyAsync(api);
        foreach (var (department, rules) in new[] { ("SCJG", Scjg), ("YJGL", Yjgl) })
        {
            using var client = api.Client(await Scenario.IssueTokenAsync(api, department));
            using var put = await client.PutAsync($"/api/years/{Tiny.Year}/rules", Scenario.Json(rules));
            Assert.Equal(System.Net.HttpStatusCode.OK, put.StatusCode);
        }
    }

    /// <summary>SCJG: restaurants stepped by level (E1 green → A, E6 red → D), and a list of E2.</summary>
    public const string Scjg = """
        {
          "formatVersion": 1,
          "departments": [ { "department": "SCJG", "maxChecksPerEnterprise": 4 } ],
          "rules": [
            { "id": "SCJG-R01", "department": "SCJG", "items": ["SCJG-01"], "population": { "industries": ["restaurant"] },
              "ratioByLevel": { "A": 1, "D": 1 } },
            { "id": "SCJG-R02", "department": "SCJG", "items": ["SCJG-02"], "population": { "enterprises": ["E2"] } }
          ]
        }
        """;

    /// <summary>YJGL: hazardous chemicals, a count of one.</summary>
    public const string Yjgl = """
        {
          "departments": [ { "department": "YJGL" } ],
          "rules": [ { "id": "YJGL-R01", "department": "YJGL", "items": ["YJGL-01"], "population": { "industries": ["hazchem"] }, "count": 1 } ]
        }
        """;

    /// <summary>A ratio above 1 in SCJG's first rule.</summary>
    public const string ScjgRatioAboveOne = """
        { "rules": [ { "id": "SCJG-R09", "department": "SCJG", "items": ["SCJG-01"], "population": { "industries": ["restaurant"] }, "ratio": 1.5 } ] }
        """;
}
