using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Scheduler.Cli.Input;
using Scheduler.Cli.Reporting;
using Scheduler.Cli.Terminal;
using Scheduler.Domain.Draws;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Validation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scheduler.Cli.Commands;

/// <summary>
/// `scheduler draw`: the departments' random draws (双随机) from a register by their sampling rules (docs/draws.md).
/// Writes DIR/instance.json (the register with the drawn needs, which `plan` reads) and DIR/draw.json (the record
/// anyone can replay), both or neither; `--verify` replays a record.
/// </summary>
internal sealed class DrawCommand(CliConsoles consoles) : Command<DrawCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<REGISTER>")]
        [Description("The register: an instance (../shared/spec/PROBLEM.md §1); its own needs, if any, are replaced by the drawn ones.")]
        public string Register { get; init; } = "";

        [CommandArgument(1, "<RULES>")]
        [Description("The sampling rules (rules.json, docs/draws.md).")]
        public string Rules { get; init; } = "";

        [CommandOption("--seed <S>")]
        [Description("The published seed, a whole number ≥ 0 (required, except with --previous, whose seed it takes).")]
        public long? Seed { get; init; }

        [CommandOption("--mode <MODE>")]
        [Description("coordinated (one common start: samples nest), independent (a start per department and rule) or spread (last year's enterprises last; needs --previous).")]
        [DefaultValue(DrawModes.Coordinated)]
        public string Mode { get; init; } = DrawModes.Coordinated;

        [CommandOption("--previous <DRAW>")]
        [Description("Last year's draw.json, for --mode spread.")]
        public string? Previous { get; init; }

        [CommandOption("-o|--output <DIR>")]
        [Description("The folder to write instance.json and draw.json into (required unless --verify).")]
        public string? Output { get; init; }

        [CommandOption("--verify <DRAW>")]
        [Description("Replay this draw.json from the register and rules: exit 0 when identical, 1 naming the first difference.")]
        public string? Verify { get; init; }

        [CommandOption("--json")]
        [Description("Print the figures as one JSON object.")]
        public bool Json { get; init; }

        public override ValidationResult Validate()
        {
            if (Verify is not null)
            {
                if (Output is not null || Seed is not null || Previous is not null)
                    return ValidationResult.Error("--verify replays a record with its own seed and mode; it takes no -o, --seed or --previous");
                return ValidationResult.Success();
            }
            if (string.IsNullOrWhiteSpace(Output)) return ValidationResult.Error("-o|--output <DIR> is required: the folder for instance.json and draw.json");
            if (!DrawModes.All.Contains(Mode)) return ValidationResult.Error($"--mode must be {string.Join(", ", DrawModes.All)}, not '{Mode}'");
            if (Seed is < 0) return ValidationResult.Error($"--seed must be a whole number ≥ 0, not {Seed}");
            if (Mode == DrawModes.Spread && Previous is null) return ValidationResult.Error("--mode spread moves last year's starts: give last year's draw.json with --previous");
            if (Mode != DrawModes.Spread && Previous is not null) return ValidationResult.Error("--previous goes with --mode spread");
            if (Seed is null && Previous is null) return ValidationResult.Error("--seed <S> is required: the published seed of the draw");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var register = ReadRegister(settings.Register);
        if (register is null) return ExitCodes.BadInput;
        var rules = ReadRules(settings.Rules, register);
        if (rules is null) return ExitCodes.BadInput;
        return settings.Verify is { } verify ? Verify(verify, settings, register, rules) : Draw(settings, register, rules);
    }

    private int Draw(Settings settings, Instance register, RuleSet rules)
    {
        DrawRecord? previous = null;
        string? previousSha = null;
        if (settings.Previous is { } previousFile)
        {
            previous = ReadRecord(previousFile);
            if (previous is null) return ExitCodes.BadInput;
            if (settings.Seed is { } s && s != previous.Seed)
                return Error($"--seed {s} differs from the previous draw's seed {previous.Seed}: spread keeps the enterprises' permanent numbers, so it draws with last year's seed (leave --seed out)");
            previousSha = Sha256(previousFile);
        }
        var request = new DrawRequest
        {
            Seed = settings.Seed ?? previous!.Seed,
            Mode = settings.Mode,
            Previous = previous,
            PreviousSha256 = previousSha,
            RegisterSha256 = Sha256(settings.Register),
            RulesSha256 = Sha256(settings.Rules),
        };
        var clock = Stopwatch.StartNew();
        var outcome = Drawer.Draw(register, rules, request);
        var elapsed = clock.Elapsed;
        var problems = InstanceValidator.Validate(outcome.Instance);
        if (problems.Count > 0)
        {
            consoles.Error.WriteLabelledLine("Error:", "red", $"the drawn instance is not valid ({problems.Count} problems); nothing was written:");
            foreach (var problem in problems.Take(20)) consoles.Error.WritePlainLine($"  {problem}");
            return ExitCodes.InternalError;
        }
        var other = Drawer.Draw(register, rules, request with { Mode = settings.Mode == DrawModes.Independent ? DrawModes.Coordinated : DrawModes.Independent, Previous = null });
        var figures = DrawFigures.Of(outcome).ComparedWith(DrawFigures.Of(other));

        var dir = settings.Output!;
        var written = WriteBoth(dir, ContractJson.Write(outcome.Instance) + "\n", DrawJson.Write(outcome.Record) + "\n");
        if (written is not null) return Error(written);

        if (settings.Json)
        {
            consoles.Out.WritePlainLine(DrawJson.Write(figures));
            return ExitCodes.Ok;
        }
        Print(settings, outcome, figures, elapsed, dir);
        return ExitCodes.Ok;
    }

    private int Verify(string file, Settings settings, Instance register, RuleSet rules)
    {
        var record = ReadRecord(file);
        if (record is null) return ExitCodes.BadInput;
        var difference = DrawVerifier.FirstDifference(record, register, rules);
        if (difference is null)
        {
            var drawn = record.Strata.Sum(s => s.SampleSize);
            consoles.Out.WriteLabelledLine("Replays:", "green",
                $"{file} replays exactly (seed {record.Seed}, {record.Mode}): {Format.Count(record.Strata.Count)} strata, {Format.Count(drawn)} selections, {Format.Count(record.Numbers.Count)} public numbers.");
            if ((record.RegisterSha256 is { } r && r != Sha256(settings.Register)) || (record.RulesSha256 is { } u && u != Sha256(settings.Rules)))
                consoles.Out.WritePlainLine("Note: the register or rules file is not byte-identical to the one drawn from (SHA-256 differs), but what the draw reads from them is the same.");
            return ExitCodes.Ok;
        }
        consoles.Out.WriteLabelledLine("Differs:", "red", $"{file} does not replay: {difference}");
        return ExitCodes.InvalidPlan;
    }

    private void Print(Settings settings, DrawOutcome outcome, DrawFigures f, TimeSpan elapsed, string dir)
    {
        var record = outcome.Record;
        consoles.Out.WritePlainLine(string.Create(CultureInfo.InvariantCulture,
            $"Drew {settings.Register} by {settings.Rules} (seed {record.Seed}, {record.Mode}) in {elapsed.TotalSeconds:0.00} s: {Format.Count(f.Strata)} strata, {Format.Count(f.Needs)} needs ({Format.Count(f.Occurrences)} checks a year) on {Format.Count(f.DistinctEnterprises)} enterprises."));
        var table = new Table().Border(TableBorder.Minimal).AddColumn(new TableColumn("department").PadLeft(0));
        foreach (var header in new[] { "rules", "population", "asked", "drawn", "enterprises", "needs" })
            table.AddColumn(new TableColumn(header).RightAligned());
        foreach (var d in f.Departments)
        {
            table.AddRow(Markup.Escape(d.Department), Format.Count(d.Rules), Format.Count(d.Population),
                d.Asked.ToString("N1", CultureInfo.InvariantCulture), Format.Count(d.Drawn), Format.Count(d.Enterprises), Format.Count(d.Needs));
        }
        consoles.Out.Write(table);
        var overlapShare = f.PairOverlapBound > 0 ? f.PairOverlap / f.PairOverlapBound : 1;
        consoles.Out.WritePlainLine(string.Create(CultureInfo.InvariantCulture,
            $"Overlap: department pairs share {Format.Count(f.PairOverlap)} enterprises; the most possible, Σ min(π₁, π₂), is {f.PairOverlapBound:N1} ({Format.Percent(overlapShare)} of it). Department checks {Format.Count(f.DepartmentChecks)} (expected {f.ExpectedDepartmentChecks:N1}) on {Format.Count(f.DistinctEnterprises)} enterprises (fewest possible {f.FewestEnterprisesExpected:N1}, drawn apart {f.IndependentEnterprisesExpected:N1})."));
        if (f.Comparison is { } c)
        {
            consoles.Out.WritePlainLine(string.Create(CultureInfo.InvariantCulture,
                $"Merged visits at the least (Σ over enterprises of the most checks a year): {Format.Count(f.MergedVisitsBound)} {f.Mode} against {Format.Count(c.MergedVisitsBound)} {c.Mode} on the same rules ({Format.Gap(-(f.FewerMergedVisits ?? 0))}); enterprises {Format.Count(f.DistinctEnterprises)} against {Format.Count(c.DistinctEnterprises)}; each department alone {Format.Count(f.SeparateVisits)} against {Format.Count(c.SeparateVisits)}."));
            consoles.Out.WritePlainLine(string.Create(CultureInfo.InvariantCulture,
                $"Under the visit rules too (at most {Format.Count(outcome.Instance.Rules.MaxDepartmentsPerVisit)} departments a visit, a standalone check's visit its department only): {Format.Count(f.MergedVisitsRulesBound)} against {Format.Count(c.MergedVisitsRulesBound)} ({Format.Gap(-(f.FewerMergedVisitsUnderRules ?? 0))}): no plan of either draw goes below these."));
        }
        if (record.Adjustments.Count > 0)
            consoles.Out.WritePlainLine($"Adjusted: {Format.Count(record.Adjustments.Count)} drawn checks cut by a department's cap or closed months (listed in draw.json).");
        consoles.Out.WriteLabelledLine("Wrote:", "green", $"{Path.Combine(dir, "instance.json")} and {Path.Combine(dir, "draw.json")}; replay with: scheduler draw --verify {Path.Combine(dir, "draw.json")} {settings.Register} {settings.Rules}");
    }

    private Instance? ReadRegister(string path)
    {
        var register = ContractFiles.ReadValidInstance(path, consoles.Error);
        if (register is null) return null;
        return PrintProblems(path, "cannot be drawn from", RegisterChecks.Check(register)) ? register : null;
    }

    private RuleSet? ReadRules(string path, Instance register)
    {
        if (!File.Exists(path))
        {
            consoles.Error.WriteLabelledLine("Error:", "red", $"rules file not found: {path}");
            return null;
        }
        var read = DrawJson.ReadRulesFile(path);
        if (!read.Ok)
        {
            PrintProblems(path, "is not a readable rule set", read.Errors);
            return null;
        }
        return PrintProblems(path, "has rules that cannot be drawn", RuleChecks.Check(register, read.Value!)) ? read.Value : null;
    }

    private DrawRecord? ReadRecord(string path)
    {
        if (!File.Exists(path))
        {
            consoles.Error.WriteLabelledLine("Error:", "red", $"draw record not found: {path}");
            return null;
        }
        var read = DrawJson.ReadRecordFile(path);
        if (read.Ok) return read.Value;
        PrintProblems(path, "is not a readable draw record", read.Errors);
        return null;
    }

    /// <summary>Prints every problem as "path: message" under the file's name; true when there are none.</summary>
    private bool PrintProblems(string file, string verdict, IReadOnlyList<InputError> problems)
    {
        if (problems.Count == 0) return true;
        consoles.Error.WriteLabelledLine("Error:", "red", $"{file} {verdict} ({(problems.Count == 1 ? "1 problem" : $"{problems.Count} problems")}):");
        foreach (var problem in problems) consoles.Error.WritePlainLine($"  {problem.Path}: {problem.Message}");
        return false;
    }

    /// <summary>Writes both files to temporary names in <paramref name="dir"/>, then moves them into place: a failure leaves neither half-written. Returns the error, or null.</summary>
    private static string? WriteBoth(string dir, string instance, string record)
    {
        var tag = $".tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        var instancePath = Path.Combine(dir, "instance.json");
        var recordPath = Path.Combine(dir, "draw.json");
        try
        {
            Directory.CreateDirectory(dir);
            ContractJson.WriteFile(instancePath + tag, instance);
            ContractJson.WriteFile(recordPath + tag, record);
            File.Move(instancePath + tag, instancePath, overwrite: true);
            File.Move(recordPath + tag, recordPath, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(instancePath + tag);
            TryDelete(recordPath + tag);
            return $"cannot write into {dir}: {e.Message}";
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private int Error(string message)
    {
        consoles.Error.WriteLabelledLine("Error:", "red", message);
        return ExitCodes.BadInput;
    }
}
