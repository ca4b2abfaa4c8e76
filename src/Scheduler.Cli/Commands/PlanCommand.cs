using System.ComponentModel;
using Scheduler.Cli.Input;
using Scheduler.Cli.Reporting;
using Scheduler.Cli.Running;
using Scheduler.Cli.Terminal;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Staffing;
using Scheduler.Solver;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Staffing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scheduler.Cli.Commands;

/// <summary>`scheduler plan`: validate an instance, make its annual plan, write it and report its figures; with --months also its twelve monthly plans.</summary>
internal sealed class PlanCommand(CliConsoles consoles) : Command<PlanCommand.PlanSettings>
{
    public sealed class PlanSettings : SolveCommandSettings
    {
        [CommandArgument(0, "<INSTANCE>")]
        [Description("The instance JSON (../shared/spec/PROBLEM.md §1), or a folder of county instances (a province: -o is then a folder).")]
        public string Instance { get; init; } = "";

        [CommandOption("-o|--output <PLAN>")]
        [Description("Where to write the annual plan JSON (required).")]
        public string? Output { get; init; }

        [CommandOption("-w|--work <UNITS>")]
        [Description("Deterministic work budget of the annual solve (CP-SAT deterministic seconds, counted rounds): it decides the search, so the same instance, options and seed give the same plan on any machine.")]
        [DefaultValue(PlannerOptions.DefaultWork)]
        public double Work { get; init; } = PlannerOptions.DefaultWork;

        [CommandOption("-t|--time-limit <SECONDS>")]
        [Description("Wall-clock safety net of the annual solve; a plan it cut says so (and may not replay).")]
        [DefaultValue(300.0)]
        public override double TimeLimit { get; init; } = 300;

        [CommandOption("-p|--planner <NAME>")]
        [Description("optimized, greedy or separate (the status quo).")]
        [DefaultValue("optimized")]
        public string Planner { get; init; } = "optimized";

        [CommandOption("--seed <N>")]
        [Description("Random seed (also of the officer draw): the same seed gives the same files.")]
        [DefaultValue(1)]
        public override int Seed { get; init; } = 1;

        [CommandOption("--months <DIR>")]
        [Description("Also plan the 12 months of the annual plan into DIR/month-01.json … month-12.json.")]
        public string? Months { get; init; }

        [CommandOption("--month-time-limit <SECONDS>")]
        [Description("With --months: the wall-clock safety net of each month.")]
        [DefaultValue(60.0)]
        public double MonthTimeLimit { get; init; } = 60;

        [CommandOption("--staff <MODE>")]
        [Description("fit (default): plan the year the county's officers can carry out — the annual plan fitted to their team-days, the months planned, limits tightened where visits were left out, until nothing is or a round places nothing more; ignore: the annual plan alone, staff ignored.")]
        [DefaultValue("fit")]
        public string Staff { get; init; } = "fit";

        public bool FitStaff => Staff == "fit" && PlannerKind == PlannerKind.Optimized;

        [CommandOption("--parallel <N>")]
        [Description("With a folder of counties: how many counties to plan at once (default: the processor count; each then gets --workers, default 1).")]
        public int? Parallel { get; init; }

        [CommandOption("--json")]
        [Description("Print the figures as one JSON object instead of a table, without live progress.")]
        public bool Json { get; init; }

        public PlannerKind PlannerKind => PlannerNames.TryParse(Planner, out var kind) ? kind : default;

        protected override ValidationResult ValidateOwn()
        {
            if (string.IsNullOrWhiteSpace(Output)) return ValidationResult.Error("-o|--output <PLAN> is required: where to write the plan");
            if (!PlannerNames.TryParse(Planner, out _)) return ValidationResult.Error(PlannerNames.UnknownMessage(Planner));
            if (!(Work > 0) || double.IsInfinity(Work)) return ValidationResult.Error($"--work must be a positive number, not {Work}");
            if (PositiveSeconds(MonthTimeLimit, "--month-time-limit") is { } monthTimeLimit) return monthTimeLimit;
            if (Months is not null && string.IsNullOrWhiteSpace(Months)) return ValidationResult.Error("--months needs a folder");
            if (Staff is not ("fit" or "ignore")) return ValidationResult.Error($"--staff must be fit or ignore, not {Staff}");
            if (Parallel is < 1) return ValidationResult.Error($"--parallel must be at least 1, not {Parallel}");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, PlanSettings settings, CancellationToken cancellationToken)
    {
        if (Directory.Exists(settings.Instance))
            return ProvinceRunner.Run(settings.Instance, settings.Output!, settings.AnnualOptions(settings.PlannerKind, settings.Work, workers: settings.Workers ?? 1),
                settings.Parallel ?? Environment.ProcessorCount, consoles.Out, consoles.Error, cancellationToken);

        var instance = ContractFiles.ReadValidInstance(settings.Instance, consoles.Error);
        if (instance is null) return ExitCodes.BadInput;

        var options = settings.AnnualOptions(settings.PlannerKind, settings.Work);
        var findings = StaffingCheck.Check(instance);
        if (!settings.Json && findings.Count > 0) StaffingWarnings.Print(consoles.Error, settings.Instance, findings);
        var monthOptions = settings.MonthOptions(settings.MonthTimeLimit);
        StaffedYear? staffed = settings.FitStaff
            ? StaffedRunner.Run(instance, options, monthOptions, settings.Json ? null : consoles.Out, cancellationToken)
            : null;
        var result = staffed?.Annual ?? PlanRunner.Run(instance, options, settings.Json ? null : consoles.Out, cancellationToken);
        var output = settings.Output!;
        ContractJson.WriteFile(output, ContractJson.Write(result.Plan));

        // The planners promise a valid plan; check it anyway so a broken one never leaves here unnoticed.
        var check = PlanChecker.Check(instance, result.Plan);
        var summary = PlanSummary.From(result, check.Violations) with { Figures = check.Figures };
        var cancelled = result.Status == SolveStatus.Cancelled || cancellationToken.IsCancellationRequested;

        if (!settings.Json)
        {
            if (cancelled) consoles.Out.MarkupLine("[yellow]Cancelled:[/] wrote the best plan found so far.");
            consoles.Out.Write(SummaryTable.ForOne(summary, MemoryFigures.Measure()));
            consoles.Out.MarkupLineInterpolated($"Wrote [bold]{output}[/].");
        }

        MonthsSummary? months = null;
        if (settings.Months is { } folder)
        {
            if (!summary.Valid) consoles.Error.WriteLabelledLine("Skipped:", "yellow", "the months: the annual plan is not valid.");
            else if (cancelled) consoles.Error.WriteLabelledLine("Skipped:", "yellow", "the months: cancelled.");
            else months = PlanMonths(instance, result.Plan, settings, monthOptions, staffed?.Months, folder, cancellationToken);
        }

        // The whole year: from the months written, or (without --months) from those the staffing loop planned.
        YearSummary? year = null;
        IReadOnlyList<MonthlyPlan>? yearPlans = months?.Plans ?? (staffed is { Months.Count: 12 } ? staffed.Months.Select(m => m.Plan).ToList() : null);
        IReadOnlyList<MonthFigures>? yearFigures = months?.Figures ?? (staffed is { Months.Count: 12 } ? staffed.Months.Select(m => m.Figures).ToList() : null);
        if (yearPlans is not null && yearFigures is not null)
        {
            year = new YearSummary(YearFigures.Of(summary.Figures, result.PerEnterpriseBound, yearPlans, yearFigures), staffed, result.Work,
                staffed?.Months.Any(m => m.CutByTimeLimit) ?? false)
            {
                Departments = DepartmentYears.Of(instance, result.Plan, yearPlans, staffed?.Unconstrained,
                    months?.ShortOf ?? (staffed is null ? null : MonthlyPlanResult.ShortOf(staffed.Months))),
            };
            if (!settings.Json)
            {
                consoles.Out.Write(YearTable.For(year));
                consoles.Out.Write(DepartmentTable.For(year.Departments));
            }
        }

        if (settings.Json) consoles.Out.WritePlainLine(SummaryJson.Write(summary, MemoryFigures.Measure(), output, months, settings.Months, year, result.Work, findings));

        if (!summary.Valid)
        {
            ViolationList.Print(consoles.Error, output, summary.Violations);
            return ExitCodes.InvalidPlan;
        }
        if (months is { Valid: false })
        {
            ViolationList.Print(consoles.Error, settings.Months!, months.Violations);
            return ExitCodes.InvalidPlan;
        }
        return ExitCodes.Ok;
    }

    /// <summary>The twelve months of the annual plan, written to the folder, checked together and shown as a table.</summary>
    private MonthsSummary PlanMonths(Instance instance, AnnualPlan annual, PlanSettings settings, MonthlyPlannerOptions options,
        IReadOnlyList<MonthlyPlanResult>? planned, string folder, CancellationToken cancellationToken)
    {
        var results = planned is { Count: 12 } ? planned : MonthRunner.PlanYear(instance, annual, options, settings.Json ? null : consoles.Out, cancellationToken);
        var months = MonthsSummary.Check(instance, annual, results);
        MonthFiles.WriteAll(folder, months.Plans);
        if (!settings.Json)
        {
            if (cancellationToken.IsCancellationRequested) consoles.Out.MarkupLine("[yellow]Cancelled:[/] wrote the months planned so far.");
            consoles.Out.Write(MonthTable.For(months.Figures, months.Plans));
            MonthSummaryTable.PrintUnscheduled(consoles.Out, months.Plans);
            consoles.Out.MarkupLineInterpolated($"Wrote [bold]{months.Plans.Count}[/] monthly plans to [bold]{folder}[/] ({MonthFiles.Name(1)} …), seed {options.Seed}.");
        }
        return months;
    }
}
