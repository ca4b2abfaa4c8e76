using System.Text;
using System.Text.Json;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Needs;

/// <summary>
/// The shape of a PUT needs body: the bare array, or an object holding exactly "needs" (spelt so). A body without
/// "needs" ({}, {"need": [...]}, {"Needs": []}) would otherwise read as an empty list and store a version withdrawing
/// every need; only an explicit {"needs": []} does that.
/// </summary>
public static class NeedsBodyShape
{
    public static IReadOnlyList<InputError> Check(string text) => Check(Encoding.UTF8.GetBytes(text));

    /// <summary>As <see cref="Check(string)"/>, over the body's UTF-8 text.</summary>
    public static IReadOnlyList<InputError> Check(ReadOnlySpan<byte> utf8)
    {
        var errors = new List<InputError>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return errors; // an array, or malformed: the reader says
            var hasNeeds = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                if (name == "needs") hasNeeds = true;
                else
                {
                    errors.Add(new InputError(name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && name.Length > 0 ? $"$.{name}" : "$",
                        $"unknown property '{Shorten(name)}'{(name.Equals("needs", StringComparison.OrdinalIgnoreCase) || name == "need" ? " (did you mean \"needs\"?)" : "")}; the body is {{\"needs\": [...]}} or the bare array"));
                }
                if (!reader.TrySkip()) break;
            }
            if (!hasNeeds)
            {
                errors.Add(new InputError("$.needs", "needs is missing; send {\"needs\": [...]}, or {\"needs\": []} to withdraw every need of the department"));
            }
        }
        catch (JsonException)
        {
            // Malformed: the contract's reader reports where.
            return [];
        }
        return errors;
    }

    private static string Shorten(string name) => name.Length <= 64 ? name : name[..64] + "…";
}
