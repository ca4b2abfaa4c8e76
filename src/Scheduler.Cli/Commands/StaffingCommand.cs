using System.ComponentModel;
using System.Text.Json;
using Scheduler.Cli.Input;
using Scheduler.Cli.Reporting;
using Scheduler.Cli.Reporting.Json;
using Scheduler.Cli.Running;
using Scheduler.Cli.Terminal;
using Scheduler.Domain.Staffing;
using Scheduler.Solver;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Staffing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scheduler.Cli.Commands;

/// <summary>
/// `scheduler staffing`: what more officers or another joint weekday buy. Plans the staffed year with the staff as it
/// stands; then, for each change (officers or a weekday given with --add, or suggested by <see cref="StaffingChange.Suggest"/>),
/// the better of that year merged further with it and the year planned again with the same seed and work
/// (<see cref="StaffingWhatIf"/>); prints the visits and left-out visits each saves.
/// </summary>
internal sealed class StaffingCommand(CliConsoles consoles) : Command<StaffingCommand.StaffingSettings>
{
    public sealed class StaffingSettings : SolveCommandSettings
    {
        [CommandArgument(0, "<INSTANCE>")]
        [Description("The instance JSON (../shared/spec/PROBLEM.md §1) with the county's officers.")]
        public string Instance { get; init; } = "";

        [CommandOption("--add <ADDITION>")]
        [Description("A change to compare, one year per --add: officers, written DEPT[[@TOWNSHIP]][[:N]] (N officers of department DEPT, default 2, one team, at county level or posted to TOWNSHIP), or a weekday's name (Thursday, Thu, 周四) to make it a joint weekday too, or Countywide (县级统筹; Countywide:DEPT for one department) to let the officers posted to townships work anywhere in the county; several joined by + make one package. E.g. --add YJGL --add KA@T04:4 --add Thursday --add JTYS:2+ZRZY:2 --add Countywide+Thursday.")]
        public string[] Add { get; init; } = [];

        [CommandOption("--suggest <K>")]
        [Description("Without --add: compare a second joint weekday (when the county has one), the posted officers county-wide (alone and with that weekday, when some are posted), a team each of the two departments most left-out visits wait for (together, as one package), and K suggested teams of officers: the departments the left-out visits ran short of first, then those full on the joint weekdays county-wide (both at county level), then those that lost the most checks from joint visits (posted where they lost the most). Then, when the best of these (and the best with a joint weekday) still leaves visits out, that change with a team each of the two departments its left-out visits wait for.")]
        [DefaultValue(3)]
        public int Suggest { get; init; } = 3;

        [CommandOption("--goal <PERCENT>")]
        [Description("A staffing price to reach, in percent of the per-enterprise bound (e.g. 4), with nothing left out: after the changes compared, up to 3 steps each plan the best change so far with the posted officers county-wide or one team more (first the departments its left-out visits wait for, then those full on the joint weekdays, then those that lost the most checks from joint visits), 2 years a step, until a year meets it; the comparison ends with the change that meets it with the fewest officers.")]
        public double? Goal { get; init; }

        [CommandOption("-w|--work <UNITS>")]
        [Description("Deterministic work budget of each annual solve: the same instance, officers, options and seed give the same year.")]
        [DefaultValue(PlannerOptions.DefaultWork)]
        public double Work { get; init; } = PlannerOptions.DefaultWork;

        [CommandOption("-t|--time-limit <SECONDS>")]
        [Description("Wall-clock safety net of each annual solve.")]
        [DefaultValue(300.0)]
        public override double TimeLimit { get; init; } = 300;

        [CommandOption("--month-time-limit <SECONDS>")]
        [Description("Wall-clock safety net of each month.")]
        [DefaultValue(60.0)]
        public double MonthTimeLimit { get; init; } = 60;

        [CommandOption("--seed <N>")]
        [Description("Random seed of every plan compared.")]
        [DefaultValue(1)]
        public override int Seed { get; init; } = 1;

        [CommandOption("--json")]
        [Description("Print the comparison as one JSON object, without progress.")]
        public bool Json { get; init; }

        [CommandOption("--parallel <N>")]
        [Description("Plan N changes' years at a time (default 1): each year is independent and deterministic, so N changes the speed and the memory (about one year's each), never the rows.")]
        [DefaultValue(1)]
        public int Parallel { get; init; } = 1;

        [CommandOption("--apply <CHANGE>")]
        [Description("Plan nothing: write the instance with CHANGE made (written as for --add: officers added as placeholders DEPT-NEWk named 新增…, a weekday joined to the joint weekdays) to -o, to plan it or give the officers their names.")]
        public string? Apply { get; init; }

        [CommandOption("-o|--output <FILE>")]
        [Description("With --apply: where the changed instance goes.")]
        public string? Output { get; init; }

        protected override ValidationResult ValidateOwn()
        {
            if (!(Work > 0) || double.IsInfinity(Work)) return ValidationResult.Error($"--work must be a positive number, not {Work}");
            if (PositiveSeconds(MonthTimeLimit, "--month-time-limit") is { } month) return month;
            if (Suggest is < 1 or > OfficerAdditions.MaxAdditions) return ValidationResult.Error($"--suggest must be 1-{OfficerAdditions.MaxAdditions}, not {Suggest}");
            if (Add.Length > OfficerAdditions.MaxAdditions) return ValidationResult.Error($"--add was given {Add.Length} times: at most {OfficerAdditions.MaxAdditions} staffs are compared at once (each plans a whole year)");
            foreach (var text in Add)
                if (StaffingChange.Parse(text, out var error) is null) return ValidationResult.Error($"--add {error}");
            if (Goal is { } goal && StaffingGoal.OfPercent(goal, out var goalError) is null) return ValidationResult.Error($"--goal: {goalError}");
            if (Parallel is < 1 or > OfficerAdditions.MaxAdditions) return ValidationResult.Error($"--parallel must be 1-{OfficerAdditions.MaxAdditions}, not {Parallel}");
            if (Apply is not null)
            {
                if (Add.Length > 0 || Goal is not null) return ValidationResult.Error("--apply writes one changed instance and plans nothing: give --add or --goal, or --apply, not both");
                if (StaffingChange.Parse(Apply, out var error) is null) return ValidationResult.Error($"--apply {error}");
                if (string.IsNullOrWhiteSpace(Output)) return ValidationResult.Error("--apply needs -o FILE: where the changed instance goes");
            }
            else if (Output is not null) return ValidationResult.Error("-o is for --apply: the comparison itself is printed");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, StaffingSettings settings, CancellationToken cancellationToken)
    {
        var instance = ContractFiles.ReadValidInstance(settings.Instance, consoles.Error);
        if (instance is null) return ExitCodes.BadInput;
        if (settings.Apply is { } apply) return Write(instance, StaffingChange.Parse(apply, out _)!, settings.Output!);
        var given = settings.Add.Select(text => StaffingChange.Parse(text, out _)!).ToList();
        var problems = StaffingChange.Problems(instance, given);
        if (problems.Count > 0)
        {
            foreach (var problem in problems) consoles.Error.WriteLabelledLine("Error:", "red", $"--add {problem}");
            return ExitCodes.BadInput;
        }

        var options = settings.AnnualOptions(work: settings.Work);
        var monthOptions = settings.MonthOptions(settings.MonthTimeLimit);
        var display = settings.Json ? null : consoles.Out;
        var year = StaffedRunner.Run(instance, options, monthOptions, display, cancellationToken);
        var months = year.Months.Select(m => m.Plan).ToList();
        var departments = DepartmentYears.Of(instance, year.Annual.Plan, months, year.Unconstrained, MonthlyPlanResult.ShortOf(year.Months));
        var current = StaffingWhatIf.Current(instance, year, departments);
        var suggested = given.Count == 0;
        var changes = suggested ? StaffingChange.Suggest(instance, departments, settings.Suggest) : given;
        if (display is not null)
        {
            display.Write(DepartmentTable.For(departments));
            if (suggested)
                display.WriteLabelledLine("Suggested:", "grey", changes.Count == 0
                    ? "nothing: no department lost checks from joint visits, and the county has more than one joint weekday."
                    : $"{string.Join(", ", changes)} (a second joint weekday when the county has one; the posted officers county-wide, alone and with it, when some are posted; a team each of the two departments most left-out visits wait for, together; then one team each: the departments the left-out visits ran short of first, then those full on the joint weekdays, then those that lost the most checks from joint visits; then, when the best of these (and the best with a joint weekday) still leaves visits out, it with a team each of the departments those wait for).");
        }

        // Each change's year, settings.Parallel at a time, kept in the changes' order.
        IReadOnlyList<StaffingAlternative> Plan(IReadOnlyList<StaffingChange> planned, string lead)
        {
            var years = new StaffingAlternative?[planned.Count];
            Parallel.For(0, planned.Count, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallel }, k =>
            {
                if (cancellationToken.IsCancellationRequested) return;
                var change = planned[k];
                lock (years) display?.MarkupLineInterpolated($"{lead} [bold]{change.ToString()}[/]{(change.JointWeekday is { } day ? $" ({day} a joint weekday too)" : "")}:");
                var with = StaffingWhatIf.With(instance, current, year.Annual.Plan, months, change, options, monthOptions, null, cancellationToken,
                    year.UnconstrainedResult);
                if (!cancellationToken.IsCancellationRequested) years[k] = with;
            });
            return [.. years.TakeWhile(y => y is not null).Select(y => y!)];
        }
        var alternatives = new List<StaffingAlternative> { current };
        alternatives.AddRange(Plan(changes, "With"));
        // Suggested: the best change (and the best with a joint weekday), when it still leaves visits out, with a team each
        // of the departments they wait for.
        if (suggested && !cancellationToken.IsCancellationRequested)
            alternatives.AddRange(Plan(StaffingWhatIf.FollowUps(alternatives), "Then (a best change so far, with a team each of the departments its left-out visits wait for) with")
                .Select(a => a with { FollowUp = true }));
        // Toward the goal: the best change so far with the posted officers county-wide or one team more, a step at a time.
        var goal = settings.Goal is { } percent ? StaffingGoal.OfPercent(percent, out _) : null;
        for (int step = 0; goal is not null && step < StaffingGoal.MaxSteps && !cancellationToken.IsCancellationRequested; step++)
        {
            var next = goal.Next(alternatives, instance);
            if (next.Count == 0) break;
            alternatives.AddRange(Plan(next, $"Toward +{goal.Percent.ToString(System.Globalization.CultureInfo.InvariantCulture)}% (step {step + 1}: the best change so far with the posted officers county-wide or one team more) with")
                .Select(a => a with { FollowUp = true }));
        }

        var rows = alternatives.Select(StaffingRow.Of).ToList();
        var best = StaffingRow.Best(rows);
        var goalRow = goal?.Cheapest(rows);
        if (settings.Json)
            consoles.Out.WritePlainLine(JsonSerializer.Serialize(new StaffingDocument(instance.Name, settings.Seed, settings.Work, suggested, rows, best?.Added,
                goal?.Percent, goal is null ? null : goal.MetBy(rows[0]), goalRow?.Added), CliJsonContext.Default.StaffingDocument));
        else
        {
            consoles.Out.Write(StaffingTable.For(alternatives));
            consoles.Out.WriteLabelledLine("Best:", "green", best is null
                ? "no change is better than the staff as it stands (in the spec's order: left out first, then visits); the county keeps its year."
                : $"{best.Added}: {Format.Count(best.Visits)} visits and {Format.Count(best.Unassigned + best.Unscheduled)} left out, against {Format.Count(rows[0].Visits)} and {Format.Count(rows[0].Unassigned + rows[0].Unscheduled)}. "
                  + $"To plan with it: scheduler staffing {settings.Instance} --apply \"{best.Added}\" -o COUNTY.json, give the new officers their names, then scheduler plan COUNTY.json.");
            if (goal is not null) consoles.Out.WriteLabelledLine("Goal:", goalRow is null && !goal.MetBy(rows[0]) ? "yellow" : "green", GoalLine(goal, rows[0], goalRow));
        }
        return cancellationToken.IsCancellationRequested ? ExitCodes.Cancelled : ExitCodes.Ok;
    }

    /// <summary>What the comparison says about the goal: met as it stands, met by the cheapest change, or not met.</summary>
    private static string GoalLine(StaffingGoal goal, StaffingRow current, StaffingRow? cheapest)
    {
        var target = $"+{goal.Percent.ToString(System.Globalization.CultureInfo.InvariantCulture)}% (at most {Format.Count(current.PerEnterpriseBound is { } b ? (int)Math.Floor(b * (1 + goal.Price) + 1e-9) : 0)} visits) with nothing left out";
        if (goal.MetBy(current)) return $"{target}: the staff as it stands meets it.";
        return cheapest is null
            ? $"{target}: no year compared meets it (it took up to {StaffingGoal.MaxSteps} steps from the best change, each with the posted officers county-wide or one team more)."
            : $"{target}: met by {cheapest.Added} ({Format.Count(cheapest.AddedOfficers)} officers added; {Format.Count(cheapest.Visits)} visits, {Price(cheapest)}).";
    }

    private static string Price(StaffingRow row) => row.StaffingPrice is { } p && row.PerEnterpriseBound is > 0 and var b
        ? $"+{(100.0 * p / b).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}%" : "price unknown";

    /// <summary>--apply: the instance with the change made, written to <paramref name="output"/>; exit 2 naming what does not fit the county.</summary>
    private int Write(Domain.Model.Instance instance, StaffingChange change, string output)
    {
        var problems = StaffingChange.Wrong(instance, change).ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems) consoles.Error.WriteLabelledLine("Error:", "red", $"--apply ({change}): {problem}");
            return ExitCodes.BadInput;
        }
        var changed = change.Apply(instance);
        Domain.Json.ContractJson.WriteFile(output, Domain.Json.ContractJson.Write(changed));
        var added = changed.Inspectors.Skip(instance.Inspectors.Count).Select(i => i.Id).ToList();
        consoles.Out.WritePlainLine($"Wrote {output}: {change}"
            + (added.Count > 0 ? $"; {added.Count} officers added ({string.Join(", ", added)}), named 新增…: give them their real names" : "")
            + $"; joint weekdays {string.Join(", ", changed.Calendar.JointWeekdays)}.");
        return ExitCodes.Ok;
    }
}
