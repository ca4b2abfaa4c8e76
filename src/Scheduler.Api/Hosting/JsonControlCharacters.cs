using System.Text;
using System.Text.Json;
using Scheduler.Domain.Json;
using Scheduler.Domain.Validation;

namespace Scheduler.Api.Hosting;

/// <summary>
/// Finds control characters (NUL and the rest of C0 but tab, LF and CR; DEL) in the strings and property names of a
/// JSON document, each with its JSON path. JSON can only carry them escaped (\u0000), so only escaped strings are
/// decoded. PostgreSQL refuses NUL in text and jsonb (22P05), so none may get past the request.
/// A document that is not well-formed yields what was found before the fault; the contract's reader reports the fault.
/// </summary>
public static class JsonControlCharacters
{
    public static IReadOnlyList<InputError> Find(ReadOnlySpan<byte> json, int max)
    {
        var errors = new List<InputError>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
        var frames = new List<Frame>();
        try
        {
            while (errors.Count < max && reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Advance(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        var name = reader.ValueIsEscaped ? reader.GetString()! : Encoding.UTF8.GetString(reader.ValueSpan);
                        frames[^1] = frames[^1] with { Name = name };
                        if (reader.ValueIsEscaped && TextLimits.FindControl(name) is { } inName)
                        {
                            errors.Add(new InputError(Path(frames), $"the property name holds the control character U+{(int)inName:X4}"));
                        }
                        break;
                    default:
                        Advance(frames);
                        if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped && TextLimits.FindControl(reader.GetString()) is { } bad)
                        {
                            errors.Add(new InputError(Path(frames),
                                $"holds the control character U+{(int)bad:X4}; text may not hold control characters other than tab and line breaks"));
                        }
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed: the endpoint's own reader says where.
        }
        return errors;
    }

    /// <summary>A value inside an array moves the array's index on.</summary>
    private static void Advance(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].Array) frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
    }

    private static string Path(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.Array) path.Append('[').Append(frame.Index).Append(']');
            else if (frame.Name is { } name) path.Append(IsPlain(name) ? "." + name : $"['{Printable(name)}']");
        }
        return path.ToString();
    }

    private static bool IsPlain(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static string Printable(string name) =>
        new([.. name.Take(TextLimits.MaxIdChars).Select(c => TextLimits.FindControl(c.ToString()) is null && c != '\'' ? c : '?')]);

    private readonly record struct Frame(bool Array, int Index, string? Name);
}
