using System.ComponentModel;
using Scheduler.Cli.Input;
using Scheduler.Cli.Reporting;
using Scheduler.Cli.Terminal;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Staffing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scheduler.Cli.Commands;

/// <summary>`scheduler validate`: check an instance (with its staffing check), and an annual plan and any monthly plans against the
/// contract (PROBLEM.md §2–3): print their figures and every violation.</summary>
internal sealed class ValidateCommand(CliConsoles consoles) : Command<ValidateCommand.ValidateSettings>
{
    public sealed class ValidateSettings : CommandSettings
    {
        [CommandArgument(0, "<INSTANCE>")]
        [Description("The instance JSON.")]
        public string Instance { get; init; } = "";

        [CommandArgument(1, "[PLAN]")]
        [Description("The annual plan JSON; without it only the instance is checked, with the staffing check.")]
        public string? Plan { get; init; }

        [CommandArgument(2, "[MONTH]")]
        [Description("Monthly plan JSON files (month-MM.json) to check against the annual plan.")]
        public string[] Months { get; init; } = [];
    }

    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        var instance = ContractFiles.ReadValidInstance(settings.Instance, consoles.Error);
        if (instance is null) return ExitCodes.BadInput;
        if (settings.Plan is null)
        {
            if (settings.Months.Length > 0) return Usage("monthly plans are checked against an annual plan: give it before them");
            consoles.Out.WriteLabelledLine("Valid:", "green", $"{settings.Instance} is a valid instance: {instance.Enterprises.Count} enterprises, {instance.Needs.Count} needs, {instance.Inspectors.Count} officers.");
            StaffingWarnings.Print(consoles.Out, settings.Instance, StaffingCheck.Check(instance));
            return ExitCodes.Ok;
        }
        var plan = ContractFiles.ReadAnnualPlan(settings.Plan, consoles.Error);
        if (plan is null) return ExitCodes.BadInput;
        var months = new List<MonthlyPlan>();
        foreach (var file in settings.Months)
        {
            var month = ContractFiles.ReadMonthlyPlan(file, consoles.Error);
            if (month is null) return ExitCodes.BadInput;
            months.Add(month);
        }

        var report = PlanChecker.Check(instance, plan);
        var summary = new PlanSummary
        {
            Planner = Path.GetFileName(settings.Plan),
            Figures = report.Figures,
            Violations = report.Violations,
        };
        consoles.Out.Write(SummaryTable.ForOne(summary));
        var violations = report.Violations.ToList();

        if (months.Count > 0)
        {
            var monthly = MonthlyPlanChecker.Check(instance, plan, months);
            consoles.Out.Write(MonthTable.For(monthly.Months, months));
            violations.AddRange(monthly.Violations);
            // Each department's part on the joint weekdays of the months given (what was taken out needs the unconstrained plan: plan shows it).
            if (violations.Count == 0) consoles.Out.Write(DepartmentTable.For(DepartmentYears.Of(instance, plan, months)));
        }

        var checkedFiles = months.Count == 0 ? settings.Plan : $"{settings.Plan} with {months.Count} monthly plan(s)";
        if (violations.Count == 0)
        {
            consoles.Out.WriteLabelledLine("Valid:", "green", $"{checkedFiles} keeps every rule of the contract.");
            return ExitCodes.Ok;
        }
        ViolationList.Print(consoles.Out, checkedFiles, violations);
        return ExitCodes.InvalidPlan;
    }

    private int Usage(string message)
    {
        consoles.Error.WriteLabelledLine("Error:", "red", message);
        return ExitCodes.BadInput;
    }
}
