using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Json;

/// <summary>Reads and writes the contract's files. Reading never throws on bad content: it returns the error with its place.</summary>
public static class ContractJson
{
    public static ReadResult<Instance> ReadInstance(string json) => Read(json, SchedulerJsonContext.Default.Instance);

    public static ReadResult<AnnualPlan> ReadAnnualPlan(string json) => Read(json, SchedulerJsonContext.Default.AnnualPlan);

    public static ReadResult<MonthlyPlan> ReadMonthlyPlan(string json) => Read(json, SchedulerJsonContext.Default.MonthlyPlan);

    public static ReadResult<Instance> ReadInstanceFile(string path) => ReadFile(path, ReadInstance);

    public static ReadResult<AnnualPlan> ReadAnnualPlanFile(string path) => ReadFile(path, ReadAnnualPlan);

    public static ReadResult<MonthlyPlan> ReadMonthlyPlanFile(string path) => ReadFile(path, ReadMonthlyPlan);

    public static string Write(Instance instance) => JsonSerializer.Serialize(instance, SchedulerJsonContext.Default.Instance);

    public static string Write(AnnualPlan plan) => JsonSerializer.Serialize(plan, SchedulerJsonContext.Default.AnnualPlan);

    public static string Write(MonthlyPlan plan) => JsonSerializer.Serialize(plan, SchedulerJsonContext.Default.MonthlyPlan);

    public static string Write(PlanFigures figures) => JsonSerializer.Serialize(figures, SchedulerJsonContext.Default.PlanFigures);

    /// <summary>Writes UTF-8 without BOM, creating the folder when missing.</summary>
    public static void WriteFile(string path, string json)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        File.WriteAllText(path, json, new UTF8Encoding(false));
    }

    private static ReadResult<T> ReadFile<T>(string path, Func<string, ReadResult<T>> read) where T : class
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

    private static ReadResult<T> Read<T>(string json, JsonTypeInfo<T> info) where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize(json, info);
            return value is null
                ? ReadResult<T>.Failure(new InputError("$", "the document is null, expected an object"))
                : ReadResult<T>.Success(value);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line
                ? $" (line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1})"
                : "";
            var message = e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.', ' ');
            return ReadResult<T>.Failure(new InputError(e.Path ?? "$", $"malformed JSON{where}: {message}"));
        }
    }
}
