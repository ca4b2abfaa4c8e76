using Scheduler.Domain.Json;

namespace Scheduler.Domain.Tests.Json;

public sealed class ContractJsonMalformedTests
{
    private const string Sound = """
        {
          "formatVersion": 1,
          "year": 2027,
          "needs": [
            { "id": "N1", "department": "A", "enterprise": "E1", "items": ["IA1"], "timesPerYear": 2 }
          ]
        }
        """;

    [Fact]
    public void ReadInstance_Succeeds_WhenJsonIsSound()
    {
        var result = ContractJson.ReadInstance(Sound);

        Assert.True(result.Ok);
        Assert.Equal(2, result.Value!.Needs[0].TimesPerYear);
    }

    [Fact]
    public void ReadInstance_GivesLineAndColumn_WhenCommaIsMissing()
    {
        var broken = Sound.Replace("\"formatVersion\": 1,", "\"formatVersion\": 1", StringComparison.Ordinal);

        var result = ContractJson.ReadInstance(broken);

        Assert.False(result.Ok);
        var error = Assert.Single(result.Errors);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("column", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("$", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInstance_GivesPathOfValue_WhenTypeIsWrong()
    {
        var wrong = Sound.Replace("\"timesPerYear\": 2", "\"timesPerYear\": \"x\"", StringComparison.Ordinal);

        var result = ContractJson.ReadInstance(wrong);

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.needs[0].timesPerYear", error.Path);
        Assert.Contains("line 5", error.Message, StringComparison.Ordinal);
        Assert.Contains("timesPerYear must be a whole number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInstance_GivesPlaceOfEnd_WhenFileIsTruncated()
    {
        var truncated = Sound[..Sound.IndexOf("\"items\"", StringComparison.Ordinal)];

        var result = ContractJson.ReadInstance(truncated);

        var error = Assert.Single(result.Errors);
        Assert.Contains("line 5", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.needs[0]", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInstanceFile_GivesLineAndColumn_WhenFileIsBroken()
    {
        var path = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\n  \"year\": 2027,\n  \"needs\": [ { \"id\": \"N1\" ]\n}\n");
        try
        {
            var result = ContractJson.ReadInstanceFile(path);

            var error = Assert.Single(result.Errors);
            Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
            Assert.Contains("column", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadInstanceFile_NamesTheFile_WhenItIsMissing()
    {
        var result = ContractJson.ReadInstanceFile("/nonexistent/instance.json");

        var error = Assert.Single(result.Errors);
        Assert.Contains("/nonexistent/instance.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInstance_GivesPath_WhenDateIsNotIso()
    {
        var json = """{ "year": 2027, "calendar": { "holidays": ["2027-02-30"] } }""";

        var result = ContractJson.ReadInstance(json);

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.calendar.holidays[0]", error.Path);
        Assert.Contains("must be an ISO date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInstance_Fails_WhenDocumentIsNull()
    {
        Assert.False(ContractJson.ReadInstance("null").Ok);
    }

    [Fact]
    public void ReadAnnualPlan_GivesPath_WhenOccurrenceIsText()
    {
        var json = """{ "visits": [ { "id": "V1", "enterprise": "E1", "month": 3, "tasks": [ { "need": "N1", "occurrence": "one" } ] } ] }""";

        var result = ContractJson.ReadAnnualPlan(json);

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.visits[0].tasks[0].occurrence", error.Path);
    }

    [Theory]
    [InlineData("""{ "calendar": { "jointWeekdays": ["Tusday"] } }""", "$.calendar.jointWeekdays[0]", "a weekday name")]
    [InlineData("""{ "rules": { "maxVisitsPerYearByTier": { "green": "two" } } }""", "$.rules.maxVisitsPerYearByTier.green", "a whole number or null")]
    [InlineData("""{ "enterprises": [ { "id": "E1", "location": { "lat": "x", "lon": 1 } } ] }""", "$.enterprises[0].location.lat", "lat must be a number")]
    [InlineData("""{ "needs": 5 }""", "$.needs", "needs must be a list")]
    [InlineData("""{ "needs": [ { "standalone": 1 } ] }""", "$.needs[0].standalone", "true or false")]
    public void ReadInstance_SaysWhatTheFieldExpects_WhenValueHasWrongType(string json, string path, string expected)
    {
        var error = Assert.Single(ContractJson.ReadInstance(json).Errors);

        Assert.Equal(path, error.Path);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
