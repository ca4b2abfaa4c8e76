using System.Text.Json.Nodes;

namespace Scheduler.Api.Tests.Contract;

/// <summary>
/// The OpenAPI document's contract, checked in-process (fast, no node): what the typed client test
/// (<see cref="TypedClientTests"/>) relies on, each named so a regression says which rule broke.
/// </summary>
public sealed class OpenApiDocumentTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private async Task<JsonObject> DocumentAsync()
    {
        using var client = api.Client(null);
        return JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!.AsObject();
    }

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from method in Methods
        where path.Value![method] is JsonObject
        select (path.Key, method, path.Value![method]!.AsObject());

    [Fact]
    public async Task Document_NamesTagsAndSecuresEveryOperation_WhenServed()
    {
        var document = await DocumentAsync();
        var tags = document["tags"]!.AsArray().Select(t => (string)t!["name"]!).ToHashSet();
        Assert.All(document["tags"]!.AsArray(), t => Assert.False(string.IsNullOrWhiteSpace((string?)t!["description"])));
        Assert.NotNull(document["components"]!["securitySchemes"]!["bearer"]);
        var operations = Operations(document).ToList();
        Assert.True(operations.Count >= 15, $"only {operations.Count} operations");
        Assert.Equal(operations.Count, operations.Select(o => (string?)o.Operation["operationId"]).Distinct().Count());
        Assert.All(operations, o =>
        {
            var what = $"{o.Method} {o.Path}";
            Assert.False(string.IsNullOrEmpty((string?)o.Operation["operationId"]), $"{what} has no operationId");
            Assert.True(o.Operation["tags"]!.AsArray().All(t => tags.Contains((string)t!)), $"{what} has an undescribed tag");
            Assert.True(o.Operation["security"]?.AsArray().Count > 0, $"{what} names no security requirement");
        });
    }

    [Fact]
    public async Task Document_AnswersEveryErrorWithProblemDetails_WhenAnOperationFails()
    {
        var document = await DocumentAsync();
        Assert.All(Operations(document), o =>
        {
            var responses = o.Operation["responses"]!.AsObject();
            Assert.Contains(responses, r => r.Key.StartsWith('4'));
            foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
            {
                var schema = response!["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>();
                Assert.True(schema is "#/components/schemas/ProblemDetails" or "#/components/schemas/HttpValidationProblemDetails",
                    $"{o.Method} {o.Path} {status} is not a ProblemDetails: {response.ToJsonString()}");
            }
            Assert.NotNull(responses["503"]?["headers"]?["Retry-After"]);
        });
    }

    [Fact]
    public async Task Document_TypesIntegersAsIntegersAndStatesAsEnums_WhenGenerated()
    {
        var document = await DocumentAsync();
        var text = document.ToJsonString();
        Assert.DoesNotContain("\"pattern\"", text, StringComparison.Ordinal);   // the web default's "integer | string" pattern
        var schemas = document["components"]!["schemas"]!;
        Assert.Equal(["queued", "running", "succeeded", "failed", "cancelled"],
            schemas["SolveState"]!["enum"]!.AsArray().Select(e => (string)e!));
        Assert.Equal("integer", (string?)schemas["SolveView"]!["properties"]!["year"]!["type"]);
        Assert.NotNull(schemas["RunFigures"]!["properties"]!["visits"]);
        Assert.NotNull(schemas["RunProgressReport"]!["properties"]!["overall"]);
        Assert.All(document["servers"]!.AsArray(), s => Assert.False(((string)s!["url"]!).EndsWith('/')));
    }

    [Fact]
    public async Task Document_DescribesBodiesHeadersAndXlsx_WhereTheServiceSendsThem()
    {
        var paths = (await DocumentAsync())["paths"]!;
        Assert.NotNull(paths["/api/years/{year}/needs"]!["put"]!["requestBody"]!["content"]!["application/json"]);
        Assert.NotNull(paths["/api/years/{year}/register"]!["put"]!["requestBody"]);
        Assert.NotNull(paths["/api/tokens"]!["post"]!["requestBody"]);
        var register = paths["/api/years/{year}/register"]!["get"]!["responses"]!["200"]!;
        foreach (var header in new[] { "Register-Version", "Register-Saved-By", "Register-Saved-At" })
            Assert.NotNull(register["headers"]![header]);
        Assert.NotNull(paths["/api/years/{year}/solves"]!["post"]!["responses"]!["202"]!["headers"]!["Location"]);
        foreach (var path in new[] { "/api/solves/{id}/plan", "/api/solves/{id}/months/{month}" })
        {
            var content = paths[path]!["get"]!["responses"]!["200"]!["content"]!;
            Assert.NotNull(content["application/json"]!["schema"]);
            Assert.NotNull(content["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]);
        }
    }
}
