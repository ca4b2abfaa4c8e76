using System.Text.Json;

namespace Scheduler.Solver.Tests.Support;

/// <summary>What ../shared/tools/validate_plan.py printed: validity, its errors, and its figures as JSON.</summary>
public sealed record ValidatorReport(int ExitCode, JsonElement Output)
{
    public bool Valid => ExitCode == 0 && Output.GetProperty("valid").GetBoolean();

    public IReadOnlyList<string> Errors =>
        Output.TryGetProperty("errors", out var e) ? e.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : [];

    public int Int(string name) => Output.GetProperty(name).GetInt32();

    /// <summary>A numeric figure; the validator prints "inf" for an infinite peak load.</summary>
    public double Number(string name)
    {
        var value = Output.GetProperty(name);
        return value.ValueKind == JsonValueKind.String && value.GetString() == "inf"
            ? double.PositiveInfinity
            : value.GetDouble();
    }
}
