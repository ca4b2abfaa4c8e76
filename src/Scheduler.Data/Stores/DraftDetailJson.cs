using System.Text.Json.Serialization;

namespace Scheduler.Data.Stores;

/// <summary>The audit details of draft changes: a flat object of numbers and strings.</summary>
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
internal sealed partial class DraftDetailJson : JsonSerializerContext;
