using System.Text.Json.Nodes;

namespace Scheduler.Api.Tests.Contract;

/// <summary>
/// The county routes in the OpenAPI document: every /api route but the province's own is listed again under
/// /api/counties/{county}/ with the same operations and a required county parameter, and nothing else is.
/// </summary>
public sealed class CountyRoutesDocumentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string CountyPrefix = "/api/counties/{county}/";
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private async Task<JsonObject> PathsAsync()
    {
        using var client = api.Client(null);
        return JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!["paths"]!.AsObject();
    }

    private static IEnumerable<string> MethodsOf(JsonNode item) => Methods.Where(m => item[m] is JsonObject);

    [Theory]
    [InlineData("/api/years/{year}/solves", "post,get")]
    [InlineData("/api/solves/{id}", "get,delete")]
    [InlineData("/api/solves/{id}/plan", "get")]
    [InlineData("/api/years/{year}/register", "put,get")]
    [InlineData("/api/tokens", "post,get")]
    public async Task ACountyRoute_HasTheRoutesOperations_WithARequiredCountyParameter(string path, string methods)
    {
        var paths = await PathsAsync();
        var county = paths[CountyPrefix + path["/api/".Length..]];
        Assert.True(county is not null, $"no county route for {path}");
        foreach (var method in methods.Split(','))
        {
            var original = paths[path]![method]!;
            var copy = county[method];
            Assert.True(copy is not null, $"no {method} on the county route of {path}");
            Assert.Equal((string?)original["operationId"] + "ForCounty", (string?)copy["operationId"]);
            Assert.Equal(HeadersInCounty(original["responses"]!).ToJsonString(), copy["responses"]!.ToJsonString());
            var parameters = copy["parameters"]!.AsArray();
            var parameter = Assert.Single(parameters, p => (string?)p!["name"] == "county");
            Assert.Equal("path", (string?)parameter!["in"]);
            Assert.True((bool?)parameter["required"], $"{method} {path}: county is not required");
            Assert.Equal("string", (string?)parameter["schema"]!["type"]);
            Assert.Contains("/api/province/counties", (string?)parameter["description"], StringComparison.Ordinal);
            // The route's own parameters follow, unchanged.
            Assert.Equal(original["parameters"]?.AsArray().Select(p => p!.ToJsonString()) ?? [],
                parameters.Where(p => p != parameter).Select(p => p!.ToJsonString()));
        }
    }

    /// <summary>The responses as the county route's copy has them: each header's description with the county's paths.</summary>
    private static JsonNode HeadersInCounty(JsonNode responses)
    {
        var copy = responses.DeepClone();
        foreach (var (_, response) in copy.AsObject())
            foreach (var (_, header) in response!["headers"]?.AsObject() ?? [])
                if (header?["description"] is JsonValue text)
                    header["description"] = Scheduler.Api.Hosting.OpenApi.CountyRoutesDocumentTransformer.InCountyText((string)text!);
        return copy;
    }

    [Fact]
    public async Task ACountyRoutesLocationHeader_NamesTheCountyRoute()
    {
        var paths = await PathsAsync();

        var plain = (string?)paths["/api/years/{year}/solves"]!["post"]!["responses"]!["202"]!["headers"]!["Location"]!["description"];
        var county = (string?)paths[CountyPrefix + "years/{year}/solves"]!["post"]!["responses"]!["202"]!["headers"]!["Location"]!["description"];

        Assert.Contains(" /api/solves/{id}", plain, StringComparison.Ordinal);
        Assert.Contains(" /api/counties/{county}/solves/{id}", county, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The run's URL, /api/solves/{id}: poll it.", "The run's URL, /api/counties/{county}/solves/{id}: poll it.")]
    [InlineData("See /api/province/counties.", "See /api/province/counties.")]
    [InlineData("No path here.", "No path here.")]
    public void InCountyText_RewritesCountyRoutesOnly(string text, string expected) =>
        Assert.Equal(expected, Scheduler.Api.Hosting.OpenApi.CountyRoutesDocumentTransformer.InCountyText(text));

    [Fact]
    public async Task EveryCountyRoute_IsADocumentedRouteUnderTheCountysPrefix_WithItsMethods()
    {
        var paths = await PathsAsync();
        var county = paths.Where(p => p.Key.StartsWith("/api/counties/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(county);
        Assert.All(county, p =>
        {
            Assert.StartsWith(CountyPrefix, p.Key, StringComparison.Ordinal);
            var route = "/api/" + p.Key[CountyPrefix.Length..];
            Assert.True(paths[route] is not null, $"{p.Key} has no route {route} in the document");
            Assert.Equal(MethodsOf(paths[route]!), MethodsOf(p.Value!));
        });
    }

    [Fact]
    public async Task EveryRouteButTheProvinces_HasACountyRoute_AndTheProvincesHaveNone()
    {
        var paths = await PathsAsync();
        var routes = paths.Select(p => p.Key).Where(p => !p.StartsWith("/api/counties/", StringComparison.Ordinal)).ToList();
        var province = routes.Where(p => p.StartsWith("/api/province/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(province);
        Assert.All(province, p => Assert.Null(paths[CountyPrefix + p["/api/".Length..]]));
        Assert.DoesNotContain(paths, p => p.Key.StartsWith(CountyPrefix + "province", StringComparison.Ordinal));
        Assert.All(routes.Where(p => p.StartsWith("/api/", StringComparison.Ordinal)).Except(province),
            p => Assert.True(paths[CountyPrefix + p["/api/".Length..]] is not null, $"{p} has no county route"));
    }
}
