using System.Text.Json.Nodes;
using Scheduler.Tests.Shared;

namespace Scheduler.Api.Tests;

/// <summary>samples/tiny.json split as the service receives it: the register, and each department's needs.</summary>
public static class Tiny
{
    private static readonly Lazy<JsonObject> Document = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(ValidatorScript.RepoRoot ?? throw new InvalidOperationException("no Scheduler.sln above the tests"),
            "samples", "tiny.json")))!.AsObject());

    public static int Year => (int)Document.Value["year"]!;

    /// <summary>The instance without its needs.</summary>
    public static string Register()
    {
        var copy = Document.Value.DeepClone().AsObject();
        copy.Remove("needs");
        return copy.ToJsonString();
    }

    public static IReadOnlyList<string> Departments() =>
        [.. Document.Value["needs"]!.AsArray().Select(n => (string)n!["department"]!).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>{"needs": [...]} with the department's needs of tiny.json.</summary>
    public static JsonObject Needs(string department) => new()
    {
        ["needs"] = new JsonArray([.. Document.Value["needs"]!.AsArray().Where(n => (string)n!["department"]! == department).Select(n => n!.DeepClone())]),
    };

    public static int NeedCount => Document.Value["needs"]!.AsArray().Count;
}
