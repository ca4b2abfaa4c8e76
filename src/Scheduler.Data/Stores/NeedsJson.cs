using Scheduler.Domain.Json;
using Scheduler.Domain.Model;

namespace Scheduler.Data.Stores;

/// <summary>A list of needs as the JSON array of the spec's "needs" field, written and read through <see cref="ContractJson"/>.</summary>
public static class NeedsJson
{
    public static string Write(IReadOnlyList<Need> needs) => ContractJson.WriteNeeds(needs);

    public static IReadOnlyList<Need> Read(string json)
    {
        var result = ContractJson.ReadInstance("{\"needs\":" + json + "}");
        return result.Value?.Needs ?? throw new InvalidOperationException("stored needs do not read back: " + string.Join("; ", result.Errors));
    }
}
