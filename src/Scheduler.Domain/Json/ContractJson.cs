using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Json;

/// <summary>Reads and writes the contract's files. Reading never throws on bad content: it returns the error with its place.</summary>
public static class ContractJson
{
    public static ReadResult<Instance> ReadInstance(string json) => Read(json, SchedulerJsonContext.Default.Instance);

    /// <summary>
    /// Reads an instance; <paramref name="strict"/> also refuses a property the contract does not define (JSON names
    /// are case-sensitive: "Needs" is not "needs"), naming its path, as request bodies must be.
    /// </summary>
    public static ReadResult<Instance> ReadInstance(string json, bool strict)
    {
        var read = ReadInstance(json);
        if (!strict || !read.Ok) return read;
        var unknown = ContractFields.Unknown(json, typeof(Instance), ReadOptions);
        return unknown.Count == 0 ? read : ReadResult<Instance>.Failure([.. unknown]);
    }

    /// <summary>
    /// As <see cref="ReadInstance(string, bool)"/>, from UTF-8 text (a request body as it arrived), without decoding it into
    /// a string first: the same instance and the same errors as the string of these bytes gives.
    /// </summary>
    public static ReadResult<Instance> ReadInstance(ReadOnlySpan<byte> utf8Json, bool strict)
    {
        var info = (JsonTypeInfo<Instance>)ReadOptions.GetTypeInfo(typeof(Instance));
        ReadResult<Instance> read;
        try
        {
            read = Result(JsonSerializer.Deserialize(utf8Json, info));
        }
        catch (JsonException e)
        {
            read = Failure(e, info);
        }
        if (!strict || !read.Ok) return read;
        var unknown = ContractFields.Unknown(utf8Json, typeof(Instance), ReadOptions);
        return unknown.Count == 0 ? read : ReadResult<Instance>.Failure([.. unknown]);
    }

    public static ReadResult<AnnualPlan> ReadAnnualPlan(string json) => Read(json, SchedulerJsonContext.Default.AnnualPlan);

    public static ReadResult<MonthlyPlan> ReadMonthlyPlan(string json) => Read(json, SchedulerJsonContext.Default.MonthlyPlan);

    public static ReadResult<Instance> ReadInstanceFile(string path) => ReadFile(path, ReadInstance);

    public static ReadResult<AnnualPlan> ReadAnnualPlanFile(string path) => ReadFile(path, ReadAnnualPlan);

    public static ReadResult<MonthlyPlan> ReadMonthlyPlanFile(string path) => ReadFile(path, ReadMonthlyPlan);

    /// <summary>
    /// Writing uses the source-generated metadata with an encoder that leaves non-ASCII text as it is, so Chinese
    /// names stay readable in the files (the default encoder writes them as \uXXXX). The files are data, never
    /// embedded in HTML, so the relaxed escaping of &lt;, &gt;, &amp; and quotes does not matter.
    /// </summary>
    private static readonly SchedulerJsonContext WriteContext = new(
        new JsonSerializerOptions(SchedulerJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static string Write(Instance instance) => JsonSerializer.Serialize(instance, WriteContext.Instance);

    public static string Write(AnnualPlan plan) => JsonSerializer.Serialize(plan, WriteContext.AnnualPlan);

    public static string Write(MonthlyPlan plan) => JsonSerializer.Serialize(plan, WriteContext.MonthlyPlan);

    /// <summary>Needs as the JSON array of an instance's "needs" field, unindented (for storage: the service keeps each submission as this text).</summary>
    public static string WriteNeeds(IReadOnlyList<Need> needs) => JsonSerializer.Serialize(needs, CompactWriteContext.IReadOnlyListNeed);

    private static readonly SchedulerJsonContext CompactWriteContext = new(
        new JsonSerializerOptions(WriteContext.Options) { WriteIndented = false });

    /// <summary>An infinite peak load (a zero capacity used) is written as the string "inf", as validate_plan.py prints it; JSON has no infinity.</summary>
    public static string Write(PlanFigures figures)
    {
        if (double.IsFinite(figures.PeakLoad)) return JsonSerializer.Serialize(figures, WriteContext.PlanFigures);
        var node = JsonSerializer.SerializeToNode(figures with { PeakLoad = 0 }, WriteContext.PlanFigures)!.AsObject();
        node["peakLoad"] = "inf";
        return node.ToJsonString(WriteContext.Options);
    }

    /// <summary>Writes UTF-8 without BOM, creating the folder when missing.</summary>
    public static void WriteFile(string path, string json)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        File.WriteAllText(path, json, new UTF8Encoding(false));
    }

    internal static ReadResult<T> ReadFile<T>(string path, Func<string, ReadResult<T>> read) where T : class
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult<T>.Failure(new InputError("$", $"cannot read {path}: {e.Message}"));
        }
        return read(text);
    }

    /// <summary>
    /// Reading resolves metadata by reflection, not from <see cref="SchedulerJsonContext"/>: source-generated metadata
    /// sets every init-only property in one object initializer, so a field absent from the file became null or 0
    /// instead of the record's default (all twelve months, gap 1, the rules' defaults...; dotnet/runtime#84484).
    /// Writing keeps the source-generated context. Same naming, enum, comment and trailing-comma settings.
    /// </summary>
    internal static readonly JsonSerializerOptions ReadOptions = CreateReadOptions();

    private static JsonSerializerOptions CreateReadOptions()
    {
        var options = new JsonSerializerOptions(SchedulerJsonContext.Default.Options)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }

    internal static ReadResult<T> Read<T>(string json, JsonTypeInfo<T> generated) where T : class
    {
        var info = (JsonTypeInfo<T>)ReadOptions.GetTypeInfo(generated.Type);
        try
        {
            return Result(JsonSerializer.Deserialize(json, info));
        }
        catch (JsonException e)
        {
            return Failure(e, info);
        }
    }

    /// <summary>
    /// Reads with source-generated metadata alone (no reflection), for files whose records tolerate what it does with an
    /// absent field (the type's default, not the record's initializer): records.json. Errors as <see cref="Read{T}"/>.
    /// </summary>
    internal static ReadResult<T> ReadGenerated<T>(string json, JsonTypeInfo<T> generated) where T : class
    {
        try
        {
            return Result(JsonSerializer.Deserialize(json, generated));
        }
        catch (JsonException e)
        {
            return Failure(e, generated);
        }
    }

    private static ReadResult<T> Result<T>(T? value) where T : class =>
        value is null
            ? ReadResult<T>.Failure(new InputError("$", "the document is null, expected an object"))
            : ReadResult<T>.Success(value);

    private static ReadResult<T> Failure<T>(JsonException e, JsonTypeInfo<T> info) where T : class
    {
        var where = e.LineNumber is { } line
            ? $" (line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1})"
            : "";
        var message = e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.', ' ');
        var path = e.Path ?? "$";
        // A well-formed document with a value of the wrong type: say what the field expects, not which .NET type failed.
        if (message.StartsWith("The JSON value could not be converted to", StringComparison.Ordinal))
        {
            return ReadResult<T>.Failure(new InputError(path, $"wrong value{where}: {LeafName(path)} must be {Expected(info, path)}"));
        }
        return ReadResult<T>.Failure(new InputError(path, $"malformed JSON{where}: {message}"));
    }

    private static string LeafName(string path)
    {
        var cut = path.LastIndexOf('.');
        return cut < 0 ? "the document" : path[(cut + 1)..];
    }

    /// <summary>What the value at <paramref name="path"/> (e.g. <c>$.needs[0].timesPerYear</c>) must be, in words.</summary>
    private static string Expected(JsonTypeInfo root, string path)
    {
        Type? type = root.Type;
        foreach (System.Text.RegularExpressions.Match segment in
                 System.Text.RegularExpressions.Regex.Matches(path, @"\.([^.\[]+)|\[(\d+)\]|\['([^']*)'\]"))
        {
            if (type is null) break;
            if (segment.Groups[2].Success)
            {
                type = ElementType(type);
                continue;
            }
            var name = segment.Groups[1].Success ? segment.Groups[1].Value : segment.Groups[3].Value;
            type = DictionaryValueType(type)
                   ?? root.Options.GetTypeInfo(type).Properties
                       .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.PropertyType;
        }
        return Describe(type);
    }

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : Interfaces(type).FirstOrDefault(i => i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static Type? DictionaryValueType(Type type) =>
        Interfaces(type).FirstOrDefault(i => i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))?.GetGenericArguments()[1];

    private static IEnumerable<Type> Interfaces(Type type) =>
        (type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces()).Where(i => i.IsGenericType);

    private static string Describe(Type? type)
    {
        if (type is null) return "of another type";
        if (Nullable.GetUnderlyingType(type) is { } inner) return Describe(inner) + " or null";
        if (type == typeof(int) || type == typeof(long)) return "a whole number";
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return "a number";
        if (type == typeof(string)) return "a string";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(DateOnly)) return "an ISO date such as \"2027-03-02\"";
        if (type == typeof(DayOfWeek)) return "a weekday name such as \"Tuesday\"";
        if (DictionaryValueType(type) is not null) return "an object";
        return ElementType(type) is not null ? "a list" : "an object";
    }
}
