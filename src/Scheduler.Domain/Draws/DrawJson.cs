using System.Text.Encodings.Web;
using System.Text.Json;
using Scheduler.Domain.Json;

namespace Scheduler.Domain.Draws;

/// <summary>Reads and writes rules.json and draw.json; reading never throws on bad content.</summary>
public static class DrawJson
{
    private static readonly DrawJsonContext WriteContext = new(
        new JsonSerializerOptions(DrawJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>
    /// Reads a rule set. Unlike the contract's files it refuses properties it does not define: a misspelt
    /// "ratioByLevl" would otherwise read as a rule without ratios, i.e. every enterprise of its population.
    /// </summary>
    public static ReadResult<RuleSet> ReadRules(string json)
    {
        var read = ContractJson.Read(json, DrawJsonContext.Default.RuleSet);
        if (!read.Ok) return read;
        var unknown = ContractFields.Unknown(json, typeof(RuleSet), ContractJson.ReadOptions);
        return unknown.Count == 0 ? read : ReadResult<RuleSet>.Failure([.. unknown]);
    }

    public static ReadResult<DrawRecord> ReadRecord(string json) => ContractJson.Read(json, DrawJsonContext.Default.DrawRecord);

    public static ReadResult<RuleSet> ReadRulesFile(string path) => ContractJson.ReadFile(path, ReadRules);

    public static ReadResult<DrawRecord> ReadRecordFile(string path) => ContractJson.ReadFile(path, ReadRecord);

    public static string Write(RuleSet rules) => JsonSerializer.Serialize(rules, WriteContext.RuleSet);

    public static string Write(DrawRecord record) => JsonSerializer.Serialize(record, WriteContext.DrawRecord);

    public static string Write(DrawFigures figures) => JsonSerializer.Serialize(figures, WriteContext.DrawFigures);
}
