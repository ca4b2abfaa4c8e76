using System.ComponentModel;
using System.Globalization;
using Scheduler.Cli.Reporting;
using Scheduler.Cli.Terminal;
using Scheduler.Domain.Json;
using Scheduler.Generator;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scheduler.Cli.Commands;

/// <summary>`scheduler generate`: a synthetic county, deterministic for its seed.</summary>
internal sealed class GenerateCommand(CliConsoles consoles) : Command<GenerateCommand.GenerateSettings>
{
    public sealed class GenerateSettings : CommandSettings
    {
        private const int MinEnterprises = 1;
        private const int MaxEnterprises = 2_000_000;

        [CommandOption("-n|--enterprises <N>")]
        [Description("Number of enterprises, 1 to 2,000,000.")]
        [DefaultValue(300)]
        public int Enterprises { get; init; } = 300;

        [CommandOption("-s|--seed <SEED>")]
        [Description("Random seed: the same seed gives the same county.")]
        [DefaultValue(1)]
        public int Seed { get; init; } = 1;

        [CommandOption("-y|--year <YEAR>")]
        [Description("The plan year.")]
        [DefaultValue(2026)]
        public int Year { get; init; } = 2026;

        [CommandOption("--slack <X>")]
        [Description("Capacity = ceil(witness load × X), X ≥ 1.0; 1.0 makes a tight county.")]
        [DefaultValue(1.15)]
        public double Slack { get; init; } = 1.15;

        [CommandOption("--green-cap <K>")]
        [Description("Cap green enterprises at K visits a year (default: the generator's).")]
        public int? GreenCap { get; init; }

        [CommandOption("--infeasible")]
        [Description("Keep needs no plan can hold, so the county is infeasible on purpose.")]
        public bool Infeasible { get; init; }

        [CommandOption("-o|--output <FILE>")]
        [Description("Where to write the instance JSON (required).")]
        public string? Output { get; init; }

        [CommandOption("--witness <FILE>")]
        [Description("Also write the witness plan the capacities were derived from.")]
        public string? Witness { get; init; }

        [CommandOption("--rules <FILE>")]
        [Description("Also write sampling rules for the county's departments (rules.json, docs/draws.md) and give its enterprises credit codes, risk levels and tags, so `draw` can draw it.")]
        public string? Rules { get; init; }

        [CommandOption("--counties <N>")]
        [Description("A province: N counties (seeds SEED, SEED+1, …) written into the folder -o as county-001.json …")]
        public int? Counties { get; init; }

        [CommandOption("--officers <N|sized>")]
        [Description("The county's officers: N (even, at least 44), split by the departments' share of the work, a third at county level; or 'sized' from the witness plan. Default: 370 per 12,000 enterprises.")]
        public string? Officers { get; init; }

        /// <summary>The staff <see cref="Officers"/> asks for; null when it is no staff (see <see cref="Validate"/>).</summary>
        public StaffSize? Staff => Officers switch
        {
            null => StaffSize.Scaled,
            var text when text.Trim().Equals("sized", StringComparison.OrdinalIgnoreCase) => StaffSize.Sized,
            var text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && StaffSize.ProblemWith(n) is null => StaffSize.Fixed(n),
            _ => null,
        };

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Output)) return ValidationResult.Error("-o|--output <FILE> is required: where to write the instance");
            // The bounds CountyGenerator.Generate accepts, so a bad value is a usage error (exit 2), not an exception.
            if (Enterprises is < MinEnterprises or > MaxEnterprises)
                return ValidationResult.Error($"--enterprises must be {MinEnterprises} to {Format.Count(MaxEnterprises)}, not {Format.Count(Enterprises)}");
            if (Year is < 1900 or > 9999) return ValidationResult.Error($"--year {Year} is not a plan year");
            if (!(Slack >= 1.0) || double.IsInfinity(Slack))
                return ValidationResult.Error($"--slack must be at least 1.0 (capacities must hold the witness plan), not {Slack.ToString(CultureInfo.InvariantCulture)}");
            if (GreenCap is < 1) return ValidationResult.Error($"--green-cap must be at least 1, not {GreenCap}");
            if (Officers is { } officers && Staff is null)
                return ValidationResult.Error(int.TryParse(officers, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                    ? $"--officers {StaffSize.ProblemWith(n)}"
                    : $"--officers must be a number of officers or 'sized', not '{officers}'");
            if (Counties is < 1 or > 1000) return ValidationResult.Error($"--counties must be 1 to 1,000, not {Counties}");
            if (Counties is not null && Witness is not null) return ValidationResult.Error("--witness writes one county's witness; it cannot go with --counties");
            if (Counties is not null && Rules is not null) return ValidationResult.Error("--rules writes one county's rules; it cannot go with --counties");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, GenerateSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Counties is { } counties)
        {
            // Counties are independent: generate them in parallel, each deterministic for its seed.
            Directory.CreateDirectory(settings.Output!);
            long enterprises = 0;
            Parallel.For(0, counties, new ParallelOptions { CancellationToken = cancellationToken }, k =>
            {
                var instance = Generate(settings, settings.Seed + k).Instance with { Name = $"county-{k + 1:000}-s{settings.Seed + k}" };
                ContractJson.WriteFile(Path.Combine(settings.Output!, $"county-{k + 1:000}.json"), ContractJson.Write(instance));
                Interlocked.Add(ref enterprises, instance.Enterprises.Count);
            });
            consoles.Out.MarkupLineInterpolated($"Wrote [bold]{counties}[/] counties to [bold]{settings.Output}[/]: {Format.Count((int)enterprises)} enterprises in all, officers {settings.Staff} per county.");
            return ExitCodes.Ok;
        }

        var county = Generate(settings, settings.Seed);

        var instance = county.Instance;
        ContractJson.WriteFile(settings.Output!, ContractJson.Write(instance));
        var occurrences = instance.Needs.Sum(n => n.TimesPerYear);
        consoles.Out.MarkupLineInterpolated(
            $"Wrote [bold]{settings.Output}[/]: {Format.Count(instance.Enterprises.Count)} enterprises, {Format.Count(instance.Needs.Count)} needs, {Format.Count(occurrences)} occurrences, {instance.Departments.Count} departments, {instance.Townships.Count} townships.");
        consoles.Out.WritePlainLine(OfficerSummary(instance, settings.Staff!));

        if (settings.Witness is { } witness)
        {
            ContractJson.WriteFile(witness, ContractJson.Write(county.Witness));
            consoles.Out.MarkupLineInterpolated($"Wrote [bold]{witness}[/]: the witness plan, {Format.Count(county.Witness.Visits.Count)} visits.");
        }
        if (settings.Rules is { } rulesFile)
        {
            var rules = Generator.Draws.CountyDraws.Rules(instance, settings.Seed);
            ContractJson.WriteFile(rulesFile, Domain.Draws.DrawJson.Write(rules) + "\n");
            consoles.Out.MarkupLineInterpolated($"Wrote [bold]{rulesFile}[/]: {rules.Rules.Count} sampling rules of {rules.Departments.Count} departments.");
        }
        return ExitCodes.Ok;
    }

    /// <summary>One line: the officers in all, how they were set, by department (county level in brackets) and
    /// the shares with leave and with conflicts.</summary>
    private static string OfficerSummary(Domain.Model.Instance instance, StaffSize staff)
    {
        var officers = instance.Inspectors;
        var kind = staff.FromWitness ? "sized from the witness" : "fixed";
        var byDepartment = string.Join(", ", instance.Departments.Select(d =>
            $"{d.Id} {officers.Count(i => i.Department == d.Id)} ({officers.Count(i => i.Department == d.Id && i.Township is null)})"));
        var leave = officers.Count(i => i.Unavailable.Count > 0);
        var conflicts = officers.Count(i => i.Conflicts.Count > 0);
        return string.Create(CultureInfo.InvariantCulture,
            $"Officers: {Format.Count(officers.Count)} ({kind}), by department (county level): {byDepartment}; {Format.Count(officers.Count(i => i.Township is null))} at county level, {Format.Count(leave)} with leave, {Format.Count(conflicts)} with conflicts.");
    }

    private static GeneratedCounty Generate(GenerateSettings settings, int seed) => CountyGenerator.Generate(new GeneratorOptions
    {
        Enterprises = settings.Enterprises,
        Seed = seed,
        Year = settings.Year,
        CapacitySlack = settings.Slack,
        GreenCap = settings.GreenCap,
        Infeasible = settings.Infeasible,
        Staff = settings.Staff!,
        DrawFields = settings.Rules is not null,
    });
}
