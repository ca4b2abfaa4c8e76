using System.ComponentModel;
using Scheduler.Cli.Input;
using Scheduler.Cli.Terminal;
using Scheduler.Solver.Explaining;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scheduler.Cli.Commands;

/// <summary>`scheduler explain`: why an enterprise's needs are in the visits a valid plan gives it, and why any of its occurrences is unassigned or visits unscheduled, in rule terms.</summary>
internal sealed class ExplainCommand(CliConsoles consoles) : Command<ExplainCommand.ExplainSettings>
{
    public sealed class ExplainSettings : CommandSettings
    {
        [CommandArgument(0, "<INSTANCE>")]
        [Description("The instance JSON.")]
        public string Instance { get; init; } = "";

        [CommandArgument(1, "<PLAN>")]
        [Description("The annual plan JSON; it must be valid for the instance.")]
        public string Plan { get; init; } = "";

        [CommandOption("-e|--enterprise <ID>")]
        [Description("The enterprise to explain (required).")]
        public string? Enterprise { get; init; }

        [CommandOption("--months <DIR>")]
        [Description("The monthly plans (DIR/month-MM.json): also explain the enterprise's unscheduled visits.")]
        public string? Months { get; init; }

        [CommandOption("--from <M>")]
        [Description("For a plan replanned from month M: months before M are history and take nothing new.")]
        [DefaultValue(1)]
        public int From { get; init; } = 1;

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Enterprise) ? ValidationResult.Error("-e|--enterprise <ID> is required: the enterprise to explain")
            : From is < 1 or > 12 ? ValidationResult.Error($"--from must be 1-12, not {From}")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, ExplainSettings settings, CancellationToken cancellationToken)
    {
        var instance = ContractFiles.ReadValidInstance(settings.Instance, consoles.Error);
        if (instance is null) return ExitCodes.BadInput;
        var plan = ContractFiles.ReadValidAnnualPlan(settings.Plan, instance, settings.Instance, consoles.Error);
        if (plan is null) return ExitCodes.BadInput;
        var months = settings.Months is { } folder ? ContractFiles.ReadMonthlyPlans(folder, 1, 12, consoles.Error) : [];
        if (months is null) return ExitCodes.BadInput;
        var explanation = PlanExplainer.Explain(instance, plan, settings.Enterprise!, months, settings.From);
        if (explanation is null)
        {
            consoles.Error.WriteLabelledLine("Error:", "red", $"--enterprise: {settings.Instance} has no enterprise {settings.Enterprise}");
            return ExitCodes.BadInput;
        }
        Print(explanation);
        return ExitCodes.Ok;
    }

    private void Print(EnterpriseExplanation x)
    {
        var o = consoles.Out;
        o.WritePlainLine($"{x.Enterprise}: {x.Visits} visit(s); its most frequent need asks for {x.FewestByFrequency}, so no plan gives it fewer ([frequency]).");
        if (x.Apart.Count == 0 && x.Visits <= Math.Max(1, x.FewestByFrequency))
            o.WritePlainLine("Every pair of its needs shares a visit where both are placed.");
        foreach (var pair in x.Apart)
        {
            o.WritePlainLine($"{pair.First} and {pair.Second} share no visit:");
            foreach (var r in pair.Reasons) o.WritePlainLine($"  [{r.Rule}] {r.Text}");
        }
        if (x.Extra.Count > 0) o.WritePlainLine($"{x.Visits} visits, more than the {x.FewestByFrequency} its frequencies need; what keeps each:");
        Print(x.Extra, "");
        Print(x.Unassigned, " is unassigned:");
        Print(x.Unscheduled, " is unscheduled:");
    }

    private void Print(IReadOnlyList<OccurrenceExplanation> items, string verdict)
    {
        foreach (var u in items)
        {
            consoles.Out.WritePlainLine(verdict.Length == 0 ? $"{u.Subject}:" : u.Subject + verdict);
            foreach (var r in u.Reasons) consoles.Out.WritePlainLine($"  [{r.Rule}] {r.Text}");
        }
    }
}
