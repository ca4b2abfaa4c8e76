using System.ComponentModel;
using Scheduler.Cli.Input;
using Scheduler.Cli.Terminal;
using Scheduler.Domain.Records;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scheduler.Cli.Commands;

/// <summary>
/// `scheduler record`: mark the visits of one month (or months 1..M) of a valid annual plan as reported in a records.json
/// (docs/replanning.md): done on their team-day (with --months) or the month's first suitable working day; a seeded
/// share not done. Existing records are kept and checked first.
/// </summary>
internal sealed class RecordCommand(CliConsoles consoles) : Command<RecordCommand.RecordSettings>
{
    public sealed class RecordSettings : CommandSettings
    {
        [CommandArgument(0, "<INSTANCE>")]
        [Description("The instance JSON the plan was made for.")]
        public string Instance { get; init; } = "";

        [CommandArgument(1, "<PLAN>")]
        [Description("The annual plan JSON; it must be valid for the instance.")]
        public string Plan { get; init; } = "";

        [CommandOption("-m|--month <M>")]
        [Description("The month to mark, 1-12.")]
        public int? Month { get; init; }

        [CommandOption("--through <M>")]
        [Description("Mark every month from January through M instead of one month.")]
        public int? Through { get; init; }

        [CommandOption("--records <FILE>")]
        [Description("Records so far: kept, and the new ones added after them.")]
        public string? Records { get; init; }

        [CommandOption("--months <DIR>")]
        [Description("The monthly plans (DIR/month-MM.json): dates and officers from their team-days; unscheduled visits are not done (postponed).")]
        public string? Months { get; init; }

        [CommandOption("--not-done-share <SHARE>")]
        [Description("A share (0-1) of the marked visits drawn as not done (not found, refused, postponed), for trials.")]
        [DefaultValue(0.0)]
        public double NotDoneShare { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Seed of the not-done draw.")]
        [DefaultValue(1)]
        public int Seed { get; init; } = 1;

        [CommandOption("-o|--output <FILE>")]
        [Description("Where to write records.json (required; may be the --records file).")]
        public string? Output { get; init; }

        public override ValidationResult Validate()
        {
            if (Month is null == Through is null) return ValidationResult.Error("give one of --month <M> (one month) or --through <M> (January through M)");
            if ((Month ?? Through) is < 1 or > 12) return ValidationResult.Error($"{(Month is null ? "--through" : "--month")} must be 1-12, not {Month ?? Through}");
            if (!(NotDoneShare is >= 0 and <= 1)) return ValidationResult.Error($"--not-done-share must be between 0 and 1, not {NotDoneShare}");
            if (string.IsNullOrWhiteSpace(Output)) return ValidationResult.Error("-o|--output <FILE> is required: where to write the records");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, RecordSettings settings, CancellationToken cancellationToken)
    {
        var instance = ContractFiles.ReadValidInstance(settings.Instance, consoles.Error);
        if (instance is null) return ExitCodes.BadInput;
        var plan = ContractFiles.ReadValidAnnualPlan(settings.Plan, instance, settings.Instance, consoles.Error);
        if (plan is null) return ExitCodes.BadInput;
        RecordSet? existing = null;
        if (settings.Records is { } path)
        {
            existing = ContractFiles.ReadValidRecords(path, plan, instance, replanFrom: null, consoles.Error);
            if (existing is null) return ExitCodes.BadInput;
        }
        int from = settings.Month ?? 1, through = settings.Month ?? settings.Through!.Value;
        var months = settings.Months is { } folder ? ContractFiles.ReadMonthlyPlans(folder, from, through, consoles.Error) : [];
        if (months is null) return ExitCodes.BadInput;
        var records = RecordMaker.Mark(existing, instance, plan, from, through, settings.NotDoneShare, settings.Seed, months);
        ContractFiles.WriteRecords(settings.Output!, records);
        int added = records.Records.Count - (existing?.Records.Count ?? 0);
        int notDone = records.Records.Skip(existing?.Records.Count ?? 0).Count(r => !r.IsDone);
        consoles.Out.WriteLabelledLine("Recorded", "green",
            $"{added} visits of month{(from == through ? $" {from}" : $"s {from}-{through}")}: {added - notDone} done, {notDone} not done; through month {records.ThroughMonth}.");
        consoles.Out.WriteLabelledLine("Wrote", "grey", settings.Output!);
        return ExitCodes.Ok;
    }
}
