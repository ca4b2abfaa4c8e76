using System.Text.Encodings.Web;
using System.Text.Json;
using Scheduler.Domain.Json;

namespace Scheduler.Domain.Records;

/// <summary>Reads and writes records.json (docs/replanning.md); reading never throws on bad content and names the path of each problem.</summary>
public static class RecordJson
{
    private static readonly RecordJsonContext WriteContext = new(
        new JsonSerializerOptions(RecordJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>
    /// Reads a record set with the source-generated metadata. Like rules.json it refuses properties it does not define:
    /// a misspelt "outcom" would otherwise read as a record without an outcome.
    /// </summary>
    public static ReadResult<RecordSet> Read(string json)
    {
        var read = ContractJson.ReadGenerated(json, RecordJsonContext.Default.RecordSet);
        if (!read.Ok) return read;
        var unknown = ContractFields.Unknown(json, typeof(RecordSet), RecordJsonContext.Default.Options);
        if (unknown.Count > 0) return ReadResult<RecordSet>.Failure([.. unknown]);
        // Generated metadata leaves an absent list null, not empty (dotnet/runtime#84484): read it as empty.
        var set = read.Value!;
        return ReadResult<RecordSet>.Success(set with { Records = set.Records ?? [] });
    }

    public static ReadResult<RecordSet> ReadFile(string path) => ContractJson.ReadFile(path, Read);

    public static string Write(RecordSet records) => JsonSerializer.Serialize(records, WriteContext.RecordSet);
}
