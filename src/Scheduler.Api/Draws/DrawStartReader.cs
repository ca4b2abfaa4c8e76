using System.Text.Json;
using Scheduler.Domain.Draws;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Draws;

/// <summary>Reads the draw request's body ({"seed": 20260101, "mode": "coordinated", "reason": "..."}), naming each bad field.</summary>
public static class DrawStartReader
{
    private static readonly string[] Known = ["seed", "mode", "reason"];

    public static (DrawStartBody? Body, IReadOnlyList<InputError> Errors) Read(string text)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(text); }
        catch (JsonException e) { return (null, [new InputError("$", $"not JSON: {e.Message}")]); }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, [new InputError("$", "expected an object such as {\"seed\": 20260101, \"mode\": \"coordinated\"}")]);
            var errors = new List<InputError>();
            long? seed = null;
            string? mode = null, reason = null;
            foreach (var p in root.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "seed" when p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt64(out var s) && s >= 0: seed = s; break;
                    case "seed" when p.Value.ValueKind != JsonValueKind.Null: errors.Add(new InputError("$.seed", "the seed is a whole number ≥ 0")); break;
                    case "mode" when p.Value.ValueKind == JsonValueKind.String: mode = p.Value.GetString(); break;
                    case "reason" when p.Value.ValueKind == JsonValueKind.String: reason = p.Value.GetString(); break;
                    case "mode" or "reason" when p.Value.ValueKind != JsonValueKind.Null: errors.Add(new InputError($"$.{p.Name}", $"{p.Name} is a string")); break;
                    default:
                        if (!Known.Contains(p.Name)) errors.Add(new InputError($"$.{p.Name}", $"unknown property '{p.Name}'; expected seed, mode, reason"));
                        break;
                }
            }
            mode ??= DrawModes.Coordinated;
            if (!DrawModes.All.Contains(mode)) errors.Add(new InputError("$.mode", $"mode '{mode}' is not coordinated, independent or spread"));
            if (seed is null && mode != DrawModes.Spread) errors.Add(new InputError("$.seed", "give the draw's seed (a whole number, published with the draw)"));
            if (reason is { Length: > 500 }) errors.Add(new InputError("$.reason", "the reason is longer than 500 characters"));
            return errors.Count > 0 ? (null, errors) : (new DrawStartBody(seed, mode, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()), []);
        }
    }
}
