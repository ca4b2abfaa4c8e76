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
using Scheduler.Generator;
using Scheduler.Solver;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Staffing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scheduler.Cli.Commands;

/// <summary>`scheduler demo`: the sample county, planned three ways and compared side by side, then the optimized plan's twelve months. No files or database needed.</summary>
internal sealed class DemoCommand(CliConsoles consoles) : Command<DemoCommand.DemoSettings>
{
    /// <summary>Status quo first, then the yardstick, then ours: the order the table reads in.</summary>
    private static readonly PlannerKind[] Planners = [PlannerKind.Separate, PlannerKind.Greedy, PlannerKind.Optimized];

    public sealed class DemoSettings : SolveCommandSettings
    {
        /// <summary>The largest demo county: beyond it the demo's three planners and months take minutes and gigabytes.</summary>
        public const int MaxEnterprises = 100_000;

        [CommandOption("-n|--enterprises <N>")]
        [Description("Enterprises in the sample county.")]
        [DefaultValue(300)]
        public int Enterprises { get; init; } = 300;

        [CommandOption("-s|--seed <SEED>")]
        [Description("Seed of the sample county.")]
        [DefaultValue(1)]
        public override int Seed { get; init; } = 1;

        [CommandOption("-t|--time-limit <SECONDS>")]
        [Description("Wall-clock safety net of the optimized planner (deterministic work decides its search).")]
        [DefaultValue(60.0)]
        public override double TimeLimit { get; init; } = 60;

        [CommandOption("--month-time-limit <SECONDS>")]
        [Description("Wall-clock safety net of each of the twelve monthly plans.")]
        [DefaultValue(30.0)]
        public double MonthTimeLimit { get; init; } = 30;

        [CommandOption("-o|--output <DIR>")]
        [Description("Also write instance.json, plan-<planner>.json, plan-staffed.json and month-01.json … month-12.json (of the staffed year) into this folder.")]
        public string? Output { get; init; }

        protected override ValidationResult ValidateOwn()
        {
            if (Enterprises is < 1 or > MaxEnterprises)
                return ValidationResult.Error(
                    $"--enterprises must be 1-{MaxEnterprises:N0}, not {Enterprises}: the demo runs three planners and twelve monthly plans in one go; for larger counties use 'scheduler generate' and 'scheduler plan'");
            return PositiveSeconds(MonthTimeLimit, "--month-time-limit") ?? ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, DemoSettings settings, CancellationToken cancellationToken)
    {
        var instance = CountyGenerator.Generate(new GeneratorOptions { Enterprises = settings.Enterprises, Seed = settings.Seed, Year = 2026 }).Instance;
        consoles.Out.MarkupLineInterpolated(
            $"Sample county [bold]{instance.Name}[/]: {Format.Count(instance.Enterprises.Count)} enterprises, {instance.Departments.Count} departments, {Format.Count(instance.Needs.Count)} needs, {Format.Count(instance.Needs.Sum(n => n.TimesPerYear))} occurrences in {instance.Year}.");
        WriteIfAsked(settings.Output, "instance.json", () => ContractJson.Write(instance));

        var summaries = new List<PlanSummary>();
        foreach (var kind in Planners)
        {
            var result = PlanRunner.Run(instance, settings.AnnualOptions(kind), consoles.Out, cancellationToken);
            var check = PlanChecker.Check(instance, result.Plan);
            summaries.Add(PlanSummary.From(result, check.Violations) with { Figures = check.Figures });
            WriteIfAsked(settings.Output, $"plan-{PlannerNames.Name(kind)}.json", () => ContractJson.Write(result.Plan));
        }

        consoles.Out.Write(SummaryTable.SideBySide(summaries));
        Headline(instance, summaries[^1]);
        if (!summaries.All(s => s.Valid)) return ExitCodes.InvalidPlan;

        // The year the county's own officers can carry out: the optimized plan fitted to their team-days, with its months.
        var staffed = StaffedRunner.Run(instance, settings.AnnualOptions(), settings.MonthOptions(settings.MonthTimeLimit), consoles.Out, cancellationToken);
        WriteIfAsked(settings.Output, "plan-staffed.json", () => ContractJson.Write(staffed.Annual.Plan));
        var months = PlanMonths(instance, staffed.Annual.Plan, staffed.Months, settings);
        if (months.Plans.Count == 12)
        {
            var annual = PlanChecker.Check(instance, staffed.Annual.Plan).Figures;
            consoles.Out.Write(YearTable.For(new YearSummary(YearFigures.Of(annual, staffed.Annual.PerEnterpriseBound, months.Plans, months.Figures),
                staffed, staffed.Annual.Work, staffed.Months.Any(m => m.CutByTimeLimit))));
            var departments = DepartmentYears.Of(instance, staffed.Annual.Plan, months.Plans, staffed.Unconstrained, months.ShortOf);
            consoles.Out.Write(DepartmentTable.For(departments));
            if (months.Valid && !cancellationToken.IsCancellationRequested) SecondJointWeekday(instance, staffed, months.Plans, departments, settings, cancellationToken);
        }
        return months.Valid ? ExitCodes.Ok : ExitCodes.InvalidPlan;
    }

    /// <summary>
    /// What a second joint weekday would buy the county (as `scheduler staffing --add DAY`): the year with it, against the
    /// year as it stands. On the generated counties the single joint weekday is most of the staffing price.
    /// </summary>
    private void SecondJointWeekday(Instance instance, StaffedYear staffed, IReadOnlyList<MonthlyPlan> months, IReadOnlyList<DepartmentYear> departments,
        DemoSettings settings, CancellationToken cancellationToken)
    {
        if (StaffingChange.SecondJointWeekday(instance) is not { JointWeekday: { } day } second) return;
        var current = StaffingWhatIf.Current(instance, staffed, departments);
        var with = StaffingWhatIf.With(instance, current, staffed.Annual.Plan, months, second, settings.AnnualOptions(),
            settings.MonthOptions(settings.MonthTimeLimit), null, cancellationToken, staffed.UnconstrainedResult);
        if (cancellationToken.IsCancellationRequested) return;
        static string Price(YearFigures y) => y.StaffingPrice is { } p && y.PerEnterpriseBound is { } b && b > 0 ? $" ({Format.Gap((double)p / b)} over the unconstrained optimum)" : "";
        consoles.Out.WriteLabelledLine("What-if:", "grey",
            $"with {day} a joint weekday too (`scheduler staffing --add {day}`): {Format.Count(with.Year.Visits)} visits{Price(with.Year)} and "
            + $"{Format.Count(with.LeftOut)} left out, against {Format.Count(current.Year.Visits)}{Price(current.Year)} and {Format.Count(current.LeftOut)} "
            + $"with {string.Join(", ", instance.Calendar.JointWeekdays)} alone.");
        // The officers posted to townships let work county-wide as well, with no officer more.
        if (StaffingChange.HasPostings(instance) && !cancellationToken.IsCancellationRequested)
        {
            var both = StaffingWhatIf.With(instance, current, staffed.Annual.Plan, months, second.PlusCountywide(), settings.AnnualOptions(),
                settings.MonthOptions(settings.MonthTimeLimit), null, cancellationToken, staffed.UnconstrainedResult);
            if (cancellationToken.IsCancellationRequested) return;
            consoles.Out.WriteLabelledLine("What-if:", "grey",
                $"with {day} joint and the {instance.Inspectors.Count(i => i.Township is not null)} officers posted to townships let work county-wide "
                + $"(`scheduler staffing --add Countywide+{day}`): {Format.Count(both.Year.Visits)} visits{Price(both.Year)} and {Format.Count(both.LeftOut)} left out.");
        }
        consoles.Out.WriteLabelledLine("What-if:", "grey", "what it takes to reach a price: `scheduler staffing COUNTY --goal 4`.");
    }

    /// <summary>The staffed year's twelve months: team-days, officers and routes, one row a month.</summary>
    private MonthsSummary PlanMonths(Instance instance, AnnualPlan annual, IReadOnlyList<MonthlyPlanResult> results, DemoSettings settings)
    {
        var months = MonthsSummary.Check(instance, annual, results);
        consoles.Out.Write(MonthTable.For(months.Figures, months.Plans));
        MonthSummaryTable.PrintUnscheduled(consoles.Out, months.Plans);
        if (settings.Output is { } folder && months.Plans.Count > 0)
        {
            MonthFiles.WriteAll(folder, months.Plans);
            consoles.Out.WriteLabelledLine("Wrote", "grey",
                $"{Path.Combine(folder, MonthFiles.Name(months.Plans[0].Month))} … {MonthFiles.Name(months.Plans[^1].Month)}");
        }
        if (!months.Valid) ViolationList.Print(consoles.Error, "the monthly plans", months.Violations);
        return months;
    }

    /// <summary>The sentence a county officer takes away: merged visits against the status quo count (PROBLEM.md's separateVisits).</summary>
    private void Headline(Instance instance, PlanSummary optimized)
    {
        var before = optimized.Figures.SeparateVisits;
        var after = optimized.Figures.Visits;
        if (before <= 0) return;
        consoles.Out.MarkupLineInterpolated(
            $"Merging the {instance.Departments.Count} departments' plans: [bold]{Format.Count(after)}[/] visits instead of {Format.Count(before)} with each department planning alone ({Format.Percent((double)(before - after) / before)} fewer), joint rate {Format.Percent(optimized.Figures.JointRate)}, {Format.Count(optimized.Figures.Unassigned)} occurrences unassigned.");
    }

    private void WriteIfAsked(string? folder, string file, Func<string> json)
    {
        if (folder is null) return;
        var path = Path.Combine(folder, file);
        ContractJson.WriteFile(path, json());
        consoles.Out.WriteLabelledLine("Wrote", "grey", path);
    }
}
