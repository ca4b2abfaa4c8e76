using System.Text.Json;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Shared;

/// <summary>
/// A small request body that is one JSON object ({"code": …, "name": …}): parsed once, each property handed to the
/// caller while the document is open. What this reader itself refuses — JSON that does not parse (named by its path),
/// a body that is not an object (with an example of one) — is the one problem it returns; the caller checks the
/// properties and their values. Unknown properties are named with <see cref="Unknown"/>.
/// </summary>
public static class JsonObjectBody
{
    public static bool TryRead(string text, string example, Action<JsonProperty> visit, out InputError? problem)
    {
        ArgumentNullException.ThrowIfNull(visit);
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = new InputError("$", $"expected an object such as {example}");
                return false;
            }
            foreach (var property in document.RootElement.EnumerateObject()) visit(property);
        }
        catch (JsonException e)
        {
            problem = new InputError(e.Path ?? "$", "malformed JSON: " + e.Message.Split(" Path:")[0]);
            return false;
        }
        problem = null;
        return true;
    }

    /// <summary>A property the body does not have, named by its path, with the body's shape.</summary>
    public static InputError Unknown(JsonProperty property, string example) =>
        new($"$.{property.Name}", $"unknown property '{property.Name}'; the body is {example}");
}
