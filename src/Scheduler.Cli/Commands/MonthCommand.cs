using System.ComponentModel;
using Scheduler.Cli.Input;
using Scheduler.Cli.Reporting;
using Scheduler.Cli.Running;
using Scheduler.Cli.Terminal;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Solver;
using Scheduler.Solver.Monthly;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scheduler.Cli.Commands;

/// <summary>`scheduler month`: turn one month of a valid annual plan into team-days (PROBLEM.md §3), write it and report its figures.</summary>
internal sealed class MonthCommand(CliConsoles consoles) : Command<MonthCommand.MonthSettings>
{
    public sealed class MonthSettings : SolveCommandSettings
    {
        [CommandArgument(0, "<INSTANCE>")]
        [Description("The instance JSON (../shared/spec/PROBLEM.md §1).")]
        public string Instance { get; init; } = "";

        [CommandArgument(1, "<PLAN>")]
        [Description("The annual plan JSON; it must be valid for the instance.")]
        public string Plan { get; init; } = "";

        [CommandOption("-m|--month <M>")]
        [Description("The month to plan, 1-12 (required).")]
        public int? Month { get; init; }

        [CommandOption("-o|--output <FILE>")]
        [Description("Where to write the monthly plan JSON (required), e.g. month-03.json.")]
        public string? Output { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Seed of the random officer draw (双随机); written into the plan so the draw can be replayed.")]
        [DefaultValue(1)]
        public override int Seed { get; init; } = 1;

        [CommandOption("-t|--time-limit <SECONDS>")]
        [Description("Wall-clock budget; the best plan found by then is written.")]
        [DefaultValue(15.0)]
        public override double TimeLimit { get; init; } = 15;

        protected override ValidationResult ValidateOwn()
        {
            if (Month is null) return ValidationResult.Error("-m|--month <M> is required: the month to plan, 1-12");
            if (Month is < 1 or > 12) return ValidationResult.Error($"--month must be 1-12, not {Month}");
            if (string.IsNullOrWhiteSpace(Output)) return ValidationResult.Error("-o|--output <FILE> is required: where to write the monthly plan");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, MonthSettings settings, CancellationToken cancellationToken)
    {
        var instance = ContractFiles.ReadValidInstance(settings.Instance, consoles.Error);
        if (instance is null) return ExitCodes.BadInput;
        var annual = ContractFiles.ReadValidAnnualPlan(settings.Plan, instance, settings.Instance, consoles.Error);
        if (annual is null) return ExitCodes.BadInput;

        var month = settings.Month!.Value;
        var result = MonthRunner.PlanMonth(instance, annual, month, settings.MonthOptions(settings.TimeLimit), consoles.Out, cancellationToken);
        var output = settings.Output!;
        ContractJson.WriteFile(output, ContractJson.Write(result.Plan));

        // The planner promises a valid plan; check it anyway so a broken one never leaves here unnoticed.
        var check = MonthlyPlanChecker.Check(instance, annual, [result.Plan]);
        if (cancellationToken.IsCancellationRequested) consoles.Out.MarkupLine("[yellow]Cancelled:[/] wrote the best plan found so far.");
        consoles.Out.Write(MonthSummaryTable.ForOne(result.Plan, check.Months[0], check.Violations, result.Elapsed));
        MonthSummaryTable.PrintUnscheduled(consoles.Out, result.Plan);
        consoles.Out.WriteLabelledLine("Wrote", "grey", output);

        if (check.Valid) return ExitCodes.Ok;
        ViolationList.Print(consoles.Error, output, check.Violations);
        return ExitCodes.InvalidPlan;
    }
}
