using System.Globalization;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.Draws;

/// <summary>
/// Replays a published draw from its record, the register and the rules, and names the first difference
/// (null: it replays exactly). The replay takes the record's seed and mode, and for spread its recorded starts.
/// </summary>
public static class DrawVerifier
{
    public static string? FirstDifference(DrawRecord record, Instance register, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Algorithm != PermanentRandom.Algorithm || record.AlgorithmVersion != PermanentRandom.Version)
            return $"algorithm: the record's is {record.Algorithm} version {record.AlgorithmVersion}, this tool's {PermanentRandom.Algorithm} version {PermanentRandom.Version}";
        if (!DrawModes.All.Contains(record.Mode)) return $"mode: '{record.Mode}' is not one of {string.Join(", ", DrawModes.All)}";
        var replay = Drawer.Draw(register, rules, new DrawRequest
        {
            Seed = record.Seed,
            Mode = record.Mode,
            Starts = record.Mode == DrawModes.Spread ? record.Starts : null,
        }).Record;

        if (record.Register != replay.Register) return $"register: the record names '{record.Register}', the register file is '{replay.Register}'";
        if (record.Year != replay.Year) return $"year: the record's is {record.Year}, the register's {replay.Year}";
        if (record.Strata.Count != replay.Strata.Count) return $"strata: the record has {record.Strata.Count}, the replay {replay.Strata.Count}";
        for (var s = 0; s < record.Strata.Count; s++)
        {
            var a = record.Strata[s];
            var b = replay.Strata[s];
            var at = $"strata[{s}] (rule {b.Rule}, level {b.Level})";
            if (a.Rule != b.Rule || a.Level != b.Level || a.Department != b.Department) return $"strata[{s}]: the record has rule {a.Rule} level {a.Level} of {a.Department}, the replay rule {b.Rule} level {b.Level} of {b.Department}";
            if (a.Method != b.Method) return $"{at}: method {a.Method} in the record, {b.Method} in the replay";
            if (a.Population != b.Population) return $"{at}: population {a.Population} in the record, {b.Population} in the replay";
            if (!a.Start.Equals(b.Start)) return $"{at}: start {Text(a.Start)} in the record, {Text(b.Start)} in the replay";
            if (a.SampleSize != b.SampleSize || a.Selected.Count != b.Selected.Count) return $"{at}: sample size {a.SampleSize} ({a.Selected.Count} listed) in the record, {b.SampleSize} in the replay";
            for (var k = 0; k < a.Selected.Count; k++)
                if (a.Selected[k] != b.Selected[k]) return $"{at}: selected[{k}] is {a.Selected[k]} in the record, {b.Selected[k]} in the replay";
        }
        if (record.Numbers.Count != replay.Numbers.Count) return $"numbers: the record has {record.Numbers.Count} enterprises, the register {replay.Numbers.Count}";
        for (var k = 0; k < record.Numbers.Count; k++)
        {
            var a = record.Numbers[k];
            var b = replay.Numbers[k];
            if (a.Enterprise != b.Enterprise || a.Key != b.Key || !a.U.Equals(b.U))
                return $"numbers[{k}]: the record has {a.Enterprise} ({a.Key}) u = {Text(a.U)}, the replay {b.Enterprise} ({b.Key}) u = {Text(b.U)}";
        }
        if (record.Adjustments.Count != replay.Adjustments.Count) return $"adjustments: the record has {record.Adjustments.Count}, the replay {replay.Adjustments.Count}";
        for (var k = 0; k < record.Adjustments.Count; k++)
            if (record.Adjustments[k] != replay.Adjustments[k]) return $"adjustments[{k}]: the record has {record.Adjustments[k]}, the replay {replay.Adjustments[k]}";
        return null;
    }

    private static string Text(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
