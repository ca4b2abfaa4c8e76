using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Scheduler.Domain.Json;

/// <summary>
/// Properties of a JSON document that the contract does not define, each with its path. The files follow the spec
/// ("unknown fields are ignored"); the service's request bodies are stricter, because a misspelt field
/// ("timesPerYer", "Needs") would silently read as its default. <see cref="Note"/> stays allowed on every object: the
/// samples annotate with it. Names are case-sensitive. Values of an unknown property are not looked into.
/// </summary>
public static class ContractFields
{
    /// <summary>The free-text annotation any object may carry.</summary>
    public const string Note = "note";

    public static IReadOnlyList<InputError> Unknown(string json, Type root, JsonSerializerOptions options, int max = 1_000) =>
        Unknown(Encoding.UTF8.GetBytes(json), root, options, max);

    /// <summary>As <see cref="Unknown(string, Type, JsonSerializerOptions, int)"/>, over the document's UTF-8 text.</summary>
    public static IReadOnlyList<InputError> Unknown(ReadOnlySpan<byte> json, Type root, JsonSerializerOptions options, int max = 1_000)
    {
        var errors = new List<InputError>();
        var reader = new Utf8JsonReader(json,
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth });
        var frames = new List<Frame>();
        Type? pending = root;
        try
        {
            while (errors.Count < max && reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var type = frames.Count == 0 ? root : pending;
                        Advance(frames);
                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, -1, null, Describe(type, options)));
                        pending = frames[^1].Array ? frames[^1].Shape.Element : null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        pending = frames.Count > 0 && frames[^1].Array ? frames[^1].Shape.Element : null;
                        break;
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        var shape = frames[^1].Shape;
                        frames[^1] = frames[^1] with { Name = name };
                        if (shape.Dictionary is { } valueType) pending = valueType;
                        else if (shape.Properties is { } properties)
                        {
                            if (properties.TryGetValue(name, out var propertyType)) pending = propertyType;
                            else
                            {
                                pending = null;
                                if (name != Note) errors.Add(new InputError(Path(frames), $"unknown property '{Shorten(name)}'; the contract has no such field (names are case-sensitive)"));
                                reader.Skip();
                                frames[^1] = frames[^1] with { Name = null };
                            }
                        }
                        else pending = null;
                        break;
                    default:
                        Advance(frames);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed: the reader reports where.
        }
        return errors;
    }

    /// <summary>Each type's shape, described once per options (a body of 1,283 needs asked for the Need's 1,283 times).</summary>
    private static readonly ConcurrentDictionary<(JsonSerializerOptions Options, Type Type), Shape> Shapes = new();

    private static Shape Describe(Type? type, JsonSerializerOptions options) =>
        type is null ? default : Shapes.GetOrAdd((options, type), key => DescribeOnce(key.Type, key.Options));

    private static Shape DescribeOnce(Type type, JsonSerializerOptions options)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var info = options.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Object => new Shape(info.Properties.ToDictionary(p => p.Name, p => p.PropertyType, StringComparer.Ordinal), null, null),
            JsonTypeInfoKind.Dictionary => new Shape(null, info.ElementType, null),
            JsonTypeInfoKind.Enumerable => new Shape(null, null, info.ElementType),
            _ => default,
        };
    }

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
            else if (frame.Name is { } name)
                path.Append(name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? "." + name : $"['{Shorten(name).Replace("'", "?", StringComparison.Ordinal)}']");
        }
        return path.ToString();
    }

    private static string Shorten(string name) =>
        new([.. (name.Length <= 64 ? name : name[..64] + "…").Select(c => char.IsControl(c) ? '?' : c)]);

    /// <summary>What an object or array may hold: named properties, any key of a dictionary, or elements of a list.</summary>
    private readonly record struct Shape(Dictionary<string, Type>? Properties, Type? Dictionary, Type? Element);

    private readonly record struct Frame(bool Array, int Index, string? Name, Shape Shape);
}
