using System.ComponentModel;
using System.Globalization;
using Scheduler.Cli.Input;
using Scheduler.Cli.Reporting;
using Scheduler.Cli.Running;
using Scheduler.Cli.Terminal;
using Scheduler.Domain.Json;
using Scheduler.Domain.Records;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Replanning;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scheduler.Cli.Commands;

/// <summary>
/// `scheduler replan`: the changed year from month M (docs/replanning.md): history as recorded, month M frozen except where a
/// change forces it, later months re-planned with the fewest changes; the new plan is valid for the changed instance.
/// </summary>
internal sealed class ReplanCommand(CliConsoles consoles) : Command<ReplanCommand.ReplanSettings>
{
    public sealed class ReplanSettings : SolveCommandSettings
    {
        [CommandArgument(0, "<INSTANCE>")]
        [Description("The changed instance: needs added or withdrawn, enterprises closed (docs/replanning.md says how history stays valid).")]
        public string Instance { get; init; } = "";

        [CommandArgument(1, "<PLAN>")]
        [Description("The plan published so far (made for the instance before the changes).")]
        public string Plan { get; init; } = "";

        [CommandOption("--from <M>")]
        [Description("The first month not yet history, 1-12 (required): it is frozen except where a change forces it; later months are re-planned.")]
        public int? From { get; init; }

        [CommandOption("--records <FILE>")]
        [Description("records.json of the plan (through a month before --from): visits not done come back into the rest of the year.")]
        public string? Records { get; init; }

        [CommandOption("--months <DIR>")]
        [Description("Also write months M..12 of the new plan into DIR/month-MM.json (with --staff fit the months the fit planned).")]
        public string? Months { get; init; }

        [CommandOption("--published <DIR>")]
        [Description("The published plan's monthly plans (DIR/month-MM.json, as `plan --months` writes them): with --staff fit, months M..12 keep their team-days (dates, officers, companions) where they still hold and plan only the rest.")]
        public string? Published { get; init; }

        [CommandOption("--staff <MODE>")]
        [Description("fit (default): the replanned months fitted to the county's officers as `plan` fits the year (history and month M fixed, their visits using their months' officers; limits tightened where the months leave visits out; visits after M moved or a department's checks split off); ignore: fitted to the capacities alone.")]
        [DefaultValue("fit")]
        public string Staff { get; init; } = "fit";

        public bool FitStaff => Staff == "fit";

        [CommandOption("--scratch")]
        [Description("The yardstick instead: every enterprise re-planned after the history, month M included, the previous plan not preferred.")]
        public bool Scratch { get; init; }

        [CommandOption("-o|--output <PLAN>")]
        [Description("Where to write the new annual plan (required).")]
        public string? Output { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Random seed: the same inputs and seed give the same plan.")]
        [DefaultValue(1)]
        public override int Seed { get; init; } = 1;

        [CommandOption("-t|--time-limit <SECONDS>")]
        [Description("Wall-clock safety net.")]
        [DefaultValue(60.0)]
        public override double TimeLimit { get; init; } = 60;

        protected override ValidationResult ValidateOwn()
        {
            if (From is null) return ValidationResult.Error("--from <M> is required: the first month that is not history, 1-12");
            if (From is < 1 or > 12) return ValidationResult.Error($"--from must be 1-12, not {From}");
            if (string.IsNullOrWhiteSpace(Output)) return ValidationResult.Error("-o|--output <PLAN> is required: where to write the new plan");
            if (Published is { } dir && !Directory.Exists(dir)) return ValidationResult.Error($"--published {dir}: no such folder (the published plan's month-MM.json files)");
            if (Staff is not ("fit" or "ignore")) return ValidationResult.Error($"--staff must be fit or ignore, not {Staff}");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, ReplanSettings settings, CancellationToken cancellationToken)
    {
        var instance = ContractFiles.ReadValidInstance(settings.Instance, consoles.Error);
        if (instance is null) return ExitCodes.BadInput;
        var previous = ContractFiles.ReadAnnualPlan(settings.Plan, consoles.Error);
        if (previous is null) return ExitCodes.BadInput;
        int from = settings.From!.Value;
        RecordSet? records = null;
        if (settings.Records is { } path)
        {
            records = ContractFiles.ReadValidRecords(path, previous, instance, from, consoles.Error);
            if (records is null) return ExitCodes.BadInput;
        }

        List<Scheduler.Domain.Plans.MonthlyPlan>? published = null;
        if (settings.Published is { } publishedFolder)
        {
            published = ContractFiles.ReadMonthlyPlans(publishedFolder, from, 12, consoles.Error);
            if (published is null) return ExitCodes.BadInput;
        }
        var monthOptions = settings.MonthOptions(60);
        var result = Replanner.Replan(instance, previous, from, records, settings.AnnualOptions(), cancellationToken, settings.Scratch,
            settings.FitStaff ? monthOptions : null, published);
        if (result.Plan is null)
        {
            consoles.Error.WriteLabelledLine("Error:", "red", $"the history of {settings.Plan} does not fit {settings.Instance} ({result.Problems.Count} problem{(result.Problems.Count == 1 ? "" : "s")}):");
            foreach (var p in result.Problems)
                consoles.Error.WritePlainLine($"  {(p.Path.StartsWith("$.visits", StringComparison.Ordinal) ? settings.Plan : settings.Instance)}: {p.Path}: {p.Message}");
            return ExitCodes.BadInput;
        }
        ContractJson.WriteFile(settings.Output!, ContractJson.Write(result.Plan));
        Print(settings, result);

        if (settings.Months is { } folder)
        {
            var planner = new MonthlyPlanner();
            var months = result.StaffFitted ? result.Months
                : Enumerable.Range(from, 13 - from).Select(m => planner.Plan(instance, result.Plan, m, monthOptions, null, cancellationToken)).ToList();
            var summary = MonthsSummary.Check(instance, result.Plan, months);
            MonthFiles.WriteAll(folder, summary.Plans);
            consoles.Out.WriteLabelledLine("Wrote", "grey", $"{summary.Plans.Count} monthly plans ({MonthFiles.Name(from)} … {MonthFiles.Name(12)}) to {folder}: {summary.Figures.Sum(f => f.Unscheduled)} visits unscheduled.");
            if (!summary.Valid)
            {
                ViolationList.Print(consoles.Error, folder, summary.Violations);
                return ExitCodes.InvalidPlan;
            }
        }
        return ExitCodes.Ok;
    }

    private void Print(ReplanSettings settings, ReplanResult r)
    {
        static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var f = r.Figures!;
        var table = new Table().AddColumn("replan").AddColumn(new TableColumn("").RightAligned());
        table.AddRow("visits", N(f.Visits));
        table.AddRow("unassigned", N(f.Unassigned));
        table.AddRow("enterprises re-planned", N(r.Touched.Count));
        table.AddRow($"visits after month {settings.From} kept (month and needs)", $"{N(r.KeptFutureVisits)} of {N(r.PreviousFutureVisits)}");
        table.AddRow("history visits not done (came back)", N(r.NotDoneVisits));
        table.AddRow("history visits not reported (kept)", N(r.UnreportedVisits));
        table.AddRow($"month {settings.From} visits a change forced (or that took a check no other month holds)", N(r.FrozenChanged));
        table.AddRow("occurrences placed by making room (enterprises moved for it)", $"{N(r.RoomPlaced)} ({N(r.RoomMade)})");
        table.AddRow($"  of them, month {settings.From} visits that gave up a check", N(r.RoomFrozen));
        table.AddRow($"  month {settings.From} visits moved to a later month for it", N(r.FrozenMoved));
        table.AddRow("CP-SAT solves", N(r.Solves));
        table.AddRow("staff", r.StaffFitted ? "fit" : "ignore");
        if (r.StaffFitted)
        {
            table.AddRow("staffing rounds (visits left out by each)", r.StaffRounds.Count == 0 ? "none (nothing touched)" : string.Join(", ", r.StaffRounds.Select(x => N(x.Unscheduled))));
            table.AddRow("enterprises changed by the staff fit alone", N(r.Refitted));
            table.AddRow($"visits unscheduled, months {settings.From}-12", N(r.Months.Sum(m => m.Figures.Unscheduled)));
        }
        table.AddRow("seconds", r.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture));
        consoles.Out.Write(table);
        consoles.Out.WriteLabelledLine("Wrote", "grey", settings.Output!);
    }
}
