using Scheduler.Domain.Json;

namespace Scheduler.Domain.Tests.Json;

/// <summary>The strict reading of request bodies: every property the contract does not define, with its path; "note" allowed.</summary>
public sealed class ContractFieldsTests
{
    [Fact]
    public void ReadInstanceStrict_NamesEveryUnknownProperty_WithItsPath()
    {
        var json = """
            {"year": 2027, "junk": 1, "Needs": [],
             "needs": [{"id": "N1", "department": "A", "enterprise": "E1", "items": ["I"], "timesPerYer": 3}],
             "rules": {"maxVisitsPerYearByTier": {"green": 1}, "maxVisitMinute": 5},
             "enterprises": [{"id": "E1", "location": {"lat": 1, "lon": 2, "alt": 3}}]}
            """;
        var read = ContractJson.ReadInstance(json, strict: true);
        Assert.False(read.Ok);
        Assert.Equal(["$.junk", "$.Needs", "$.needs[0].timesPerYer", "$.rules.maxVisitMinute", "$.enterprises[0].location.alt"],
            read.Errors.Select(e => e.Path));
    }

    [Fact]
    public void ReadInstanceStrict_AcceptsNotesAnywhere_AndIsLenientWithoutStrict()
    {
        var json = """{"year": 2027, "note": "x", "enterprises": [{"id": "E1", "note": "y"}], "capacities": [{"department": "A", "note": "z"}]}""";
        Assert.True(ContractJson.ReadInstance(json, strict: true).Ok);
        Assert.True(ContractJson.ReadInstance("""{"year": 2027, "junk": 1}""").Ok);
    }
}
