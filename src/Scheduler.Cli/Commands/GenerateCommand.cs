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
internal sealed class GenerateCommand(CliConsoles consoles) : Command<GenerateCommand.Settings>
{
    public sealed class Settings : CommandSettings
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

        [CommandOption("--counties <N>")]
        [Description("A province: N counties (seeds SEED, SEED+1, …) written into the folder -o as county-001.json …")]
        public int? Counties { get; init; }

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
            if (Counties is < 1 or > 1000) return ValidationResult.Error($"--counties must be 1 to 1,000, not {Counties}");
            if (Counties is not null && Witness is not null) return ValidationResult.Error("--witness writes one county's witness; it cannot go with --counties");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
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
            consoles.Out.MarkupLineInterpolated($"Wrote [bold]{counties}[/] counties to [bold]{settings.Output}[/]: {Format.Count((int)enterprises)} enterprises in all.");
            return ExitCodes.Ok;
        }

        var county = Generate(settings, settings.Seed);

        var instance = county.Instance;
        ContractJson.WriteFile(settings.Output!, ContractJson.Write(instance));
        var occurrences = instance.Needs.Sum(n => n.TimesPerYear);
        consoles.Out.MarkupLineInterpolated(
            $"Wrote [bold]{settings.Output}[/]: {Format.Count(instance.Enterprises.Count)} enterprises, {Format.Count(instance.Needs.Count)} needs, {Format.Count(occurrences)} occurrences, {instance.Departments.Count} departments, {instance.Townships.Count} townships.");

        if (settings.Witness is { } witness)
        {
            ContractJson.WriteFile(witness, ContractJson.Write(county.Witness));
            consoles.Out.MarkupLineInterpolated($"Wrote [bold]{witness}[/]: the witness plan, {Format.Count(county.Witness.Visits.Count)} visits.");
        }
        return ExitCodes.Ok;
    }

    private static GeneratedCounty Generate(Settings settings, int seed) => CountyGenerator.Generate(new GeneratorOptions
    {
        Enterprises = settings.Enterprises,
        Seed = seed,
        Year = settings.Year,
        CapacitySlack = settings.Slack,
        GreenCap = settings.GreenCap,
        Infeasible = settings.Infeasible,
    });
}
