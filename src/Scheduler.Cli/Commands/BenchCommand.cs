using System.ComponentModel;
using Scheduler.Bench.Harness;
using Scheduler.Cli.Input;
using Scheduler.Cli.Reporting;
using Scheduler.Cli.Running;
using Scheduler.Cli.Terminal;
using Scheduler.Generator;
using Scheduler.Solver;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scheduler.Cli.Commands;

/// <summary>
/// `scheduler bench`: runs several planners on generated or given instances, one after another in this process with the
/// same time limit, checks every plan and writes results.json, report.md and report.html.
/// </summary>
internal sealed class BenchCommand(CliConsoles consoles) : Command<BenchCommand.BenchSettings>
{
    public sealed class BenchSettings : SolveCommandSettings
    {
        [CommandOption("--sizes <LIST>")]
        [Description("Enterprises of the generated counties, comma-separated (default 2000,12000 unless --instances is given).")]
        public string? Sizes { get; init; }

        [CommandOption("--seeds <LIST>")]
        [Description("Generator seeds, comma-separated: one county per size and seed.")]
        [DefaultValue("1,2")]
        public string Seeds { get; init; } = "1,2";

        [CommandOption("--instances <FILE>")]
        [Description("Instance files to bench as well (repeat the option, or separate with commas).")]
        public string[]? Instances { get; init; }

        [CommandOption("--planners <LIST>")]
        [Description("Planners, comma-separated (default: all).")]
        public string? Planners { get; init; }

        [CommandOption("-t|--time-limit <SECONDS>")]
        [Description("The wall-clock budget of every planner on every instance.")]
        [DefaultValue(20.0)]
        public override double TimeLimit { get; init; } = 20;

        [CommandOption("--year")]
        [Description("Also plan the staffed year on every instance (the annual plan fitted to the county's officers, and its twelve months) and report its figures.")]
        public bool Year { get; init; }

        [CommandOption("--officers <N>")]
        [Description("Officers of the generated counties (even, at least 44). Default: the generator's 370 per 12,000 enterprises.")]
        public int? Officers { get; init; }

        [CommandOption("--month-time-limit <SECONDS>")]
        [Description("With --year: the wall-clock safety net of each month.")]
        [DefaultValue(60.0)]
        public double MonthTimeLimit { get; init; } = 60;

        [CommandOption("-o|--output <DIR>")]
        [Description("Folder for results.json, report.md and report.html (required).")]
        public string? Output { get; init; }

        [CommandOption("--replan <INSTANCE>")]
        [Description("Play the replanning scenario on this county instead (docs/replanning.md): plan the year, record the months before --from done (5% not done), add 3% needs and withdraw 2%, replan from --from and plan the changed year from scratch; writes DIR/replan.json and the plans.")]
        public string? Replan { get; init; }

        [CommandOption("--whatif <INSTANCE>")]
        [Description("Time what-ifs on this county instead (bench/README.md, What-if): plan the year (or read --plan), record the months before --from (5% not done), then answer --count seeded what-ifs (an enterprise closed, a department losing visits, one more need) each by a bounded replan; writes DIR/whatif.json with p50/p95 milliseconds.")]
        public string? WhatIf { get; init; }

        [CommandOption("--plan <FILE>")]
        [Description("With --whatif: the county's annual plan, instead of planning the year first.")]
        public string? Plan { get; init; }

        [CommandOption("--count <N>")]
        [Description("With --whatif: how many what-ifs to time (1-1000).")]
        [DefaultValue(50)]
        public int Count { get; init; } = 50;

        [CommandOption("--from <M>")]
        [Description("With --replan or --whatif: the month the replan starts from, 2-12; with --whatif the first month a what-if replans. the replan starts from, 2-12.")]
        [DefaultValue(6)]
        public int From { get; init; } = 6;

        [CommandOption("--seed <N>")]
        [Description("With --replan: the seed of the planners and of the scenario's draws.")]
        [DefaultValue(1)]
        public override int Seed { get; init; } = 1;

        [CommandOption("--months")]
        [Description("With --replan --staff ignore: also plan months --from..12 of the replan and the scratch and count what they leave unscheduled (with --staff fit they are always planned).")]
        public bool Months { get; init; }

        [CommandOption("--staff <MODE>")]
        [Description("With --replan: fit (default) plans the year, the replan and the scratch fitted to the county's officers, as `plan` and `replan` do by default; ignore fits them to the capacities alone.")]
        [DefaultValue("fit")]
        public string Staff { get; init; } = "fit";

        public IReadOnlyList<int> SizeList => Sizes is null
            ? (InstanceFiles.Count > 0 ? [] : [2000, 12000])
            : BenchLists.Integers(Sizes, "--sizes", 1, 2_000_000, out _) ?? [];

        public IReadOnlyList<int> SeedList => BenchLists.Integers(Seeds, "--seeds", int.MinValue, int.MaxValue, out _) ?? [];

        public IReadOnlyList<PlannerKind> PlannerList =>
            Planners is null ? BenchLists.AllPlanners : BenchLists.Planners(Planners, out _) ?? [];

        public IReadOnlyList<string> InstanceFiles => [.. (Instances ?? []).SelectMany(BenchLists.Items)];

        protected override ValidationResult ValidateOwn()
        {
            if (string.IsNullOrWhiteSpace(Output)) return ValidationResult.Error("-o|--output <DIR> is required: where to write the reports");
            if (WhatIf is not null && Count is < 1 or > 1000) return ValidationResult.Error($"--count must be 1-1000, not {Count}");
            if (Staff is not ("fit" or "ignore")) return ValidationResult.Error($"--staff must be fit or ignore, not {Staff}");
            if ((Replan ?? WhatIf) is not null && From is < 2 or > 12) return ValidationResult.Error($"--from must be 2-12 (a month with history before it), not {From}");
            if (Planners is not null && BenchLists.Planners(Planners, out var plannerError) is null) return ValidationResult.Error(plannerError!);
            if (Sizes is not null && BenchLists.Integers(Sizes, "--sizes", 1, 2_000_000, out var sizeError) is null) return ValidationResult.Error(sizeError!);
            if (BenchLists.Integers(Seeds, "--seeds", int.MinValue, int.MaxValue, out var seedError) is null) return ValidationResult.Error(seedError!);
            if (Officers is { } n && StaffSize.ProblemWith(n) is { } staffError) return ValidationResult.Error($"--officers: {staffError}");
            if (PositiveSeconds(MonthTimeLimit, "--month-time-limit") is { } monthTimeLimit) return monthTimeLimit;
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, BenchSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Replan is { } county) return RunReplan(county, settings, cancellationToken);
        if (settings.WhatIf is { } whatIfCounty) return RunWhatIf(whatIfCounty, settings, cancellationToken);
        var cases = Cases(settings);
        if (cases is null) return ExitCodes.BadInput;

        var suite = new BenchSuite(cases, settings.PlannerList, settings.AnnualOptions(), consoles.Out.WritePlainLine,
            settings.Year ? settings.MonthOptions(settings.MonthTimeLimit) : null);
        var run = suite.Run(cancellationToken);
        if (run.Rows.Count + run.Years.Count == 0 && cancellationToken.IsCancellationRequested)
        {
            consoles.Error.WriteLabelledLine("Cancelled:", "yellow", "before any run finished; nothing written.");
            return ExitCodes.Cancelled;
        }

        var results = BenchReports.WriteAll(run, settings.Output!);
        if (cancellationToken.IsCancellationRequested) consoles.Out.MarkupLine("[yellow]Cancelled:[/] the reports hold the runs finished so far.");
        consoles.Out.MarkupLineInterpolated($"Wrote [bold]{results}[/], report.md and report.html ({run.Rows.Count} runs{(run.Years.Count > 0 ? $", {run.Years.Count} staffed years" : "")}).");

        var invalid = run.Rows.Where(r => !r.Valid).ToList();
        foreach (var r in invalid)
            consoles.Error.WriteLabelledLine("Invalid:", "red", $"the {r.Planner} plan of {r.Instance} breaks {r.Violations} rule(s); `scheduler plan` and `validate` show which.");
        var invalidYears = run.Years.Where(y => !y.Valid).ToList();
        foreach (var y in invalidYears)
            consoles.Error.WriteLabelledLine("Invalid:", "red", $"the staffed year of {y.Instance} breaks {y.Violations} rule(s); `scheduler plan --months` shows which.");
        return invalid.Count + invalidYears.Count > 0 ? ExitCodes.InvalidPlan : ExitCodes.Ok;
    }

    private int RunReplan(string file, BenchSettings settings, CancellationToken cancellationToken)
    {
        var instance = ContractFiles.ReadValidInstance(file, consoles.Error);
        if (instance is null) return ExitCodes.BadInput;
        bool fit = settings.Staff == "fit";
        var doc = ReplanBench.Run(instance, settings.From, settings.Seed, settings.AnnualOptions(), fit || settings.Months ? settings.MonthOptions(settings.MonthTimeLimit) : null,
            fit, settings.Output!, consoles.Out.WritePlainLine, cancellationToken);
        consoles.Out.WritePlainLine(FormattableString.Invariant(
            $"staff {doc.Staff}: replanSeconds {doc.ReplanSeconds}, keptShare {doc.KeptShare} ({doc.KeptVisits} of {doc.UntouchedVisits}), visits {doc.Visits} vs scratch {doc.ScratchVisits} ({(double)doc.Visits / doc.ScratchVisits - 1:+0.00%;-0.00%}), unassigned {doc.Unassigned} vs {doc.ScratchUnassigned}; the year as if nothing had happened: visits {doc.YearVisits}, unassigned {doc.YearUnassigned}{(doc.Unscheduled is { } u ? $", unscheduled {u} vs scratch {doc.ScratchUnscheduled}" : "")}"));
        consoles.Out.MarkupLineInterpolated($"Wrote [bold]{Path.Combine(settings.Output!, "replan.json")}[/] and the plans.");
        return doc.Valid ? ExitCodes.Ok : ExitCodes.InvalidPlan;
    }

    private int RunWhatIf(string file, BenchSettings settings, CancellationToken cancellationToken)
    {
        var instance = ContractFiles.ReadValidInstance(file, consoles.Error);
        if (instance is null) return ExitCodes.BadInput;
        Scheduler.Domain.Plans.AnnualPlan? plan = null;
        if (settings.Plan is { } planFile && (plan = ContractFiles.ReadValidAnnualPlan(planFile, instance, file, consoles.Error)) is null) return ExitCodes.BadInput;
        var doc = WhatIfBench.Run(instance, plan, settings.From, settings.Count, settings.Seed, settings.AnnualOptions(), settings.Output!,
            consoles.Out.WritePlainLine, cancellationToken);
        consoles.Out.WritePlainLine(FormattableString.Invariant(
            $"{doc.Count} what-ifs on {doc.Enterprises} enterprises: p50 {doc.P50Ms} ms, p95 {doc.P95Ms} ms, max {doc.MaxMs} ms; answered {doc.Answered}, refused {doc.Refused}; valid {doc.AllValid}; with the officers (teams) p50 {doc.TeamsP50Ms} ms, p95 {doc.TeamsP95Ms} ms, whole answer p95 {doc.TotalP95Ms} ms; {doc.Placed} visits placed in a team-day, {doc.NoTeam} with none"));
        consoles.Out.MarkupLineInterpolated($"Wrote [bold]{Path.Combine(settings.Output!, "whatif.json")}[/].");
        return doc.AllValid ? ExitCodes.Ok : ExitCodes.InvalidPlan;
    }

    /// <summary>The instance files (read and validated now) then the generated counties (made when their turn comes); null after printing why a file cannot be used.</summary>
    private List<PendingCase>? Cases(BenchSettings settings)
    {
        var cases = new List<PendingCase>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        string Unique(string name)
        {
            var candidate = name;
            for (int i = 2; !names.Add(candidate); i++) candidate = $"{name}#{i}";
            return candidate;
        }

        foreach (var file in settings.InstanceFiles)
        {
            var instance = ContractFiles.ReadValidInstance(file, consoles.Error);
            if (instance is null) return null;
            var name = Unique(string.IsNullOrWhiteSpace(instance.Name) ? Path.GetFileNameWithoutExtension(file) : instance.Name);
            cases.Add(new PendingCase(new BenchCase(name, file, instance.Enterprises.Count), () => instance));
        }
        foreach (var size in settings.SizeList)
            foreach (var seed in settings.SeedList)
            {
                var options = new GeneratorOptions
                {
                    Enterprises = size, Seed = seed, Staff = settings.Officers is { } n ? StaffSize.Fixed(n) : StaffSize.Scaled,
                };
                var source = $"generated: {Format.Count(size)} enterprises, seed {seed}{(settings.Officers is { } o ? $", {Format.Count(o)} officers" : "")}";
                cases.Add(new PendingCase(new BenchCase(Unique(options.ResolvedName), source, size), () => CountyGenerator.Generate(options).Instance));
            }
        if (cases.Count == 0) consoles.Error.WriteLabelledLine("Error:", "red", "nothing to bench: give --sizes or --instances");
        return cases.Count == 0 ? null : cases;
    }

}
