using System.ComponentModel;
using Scheduler.Cli.Input;
using Scheduler.Cli.Reporting;
using Scheduler.Cli.Terminal;
using Scheduler.Domain.Plans;
using Scheduler.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Scheduler.Cli.Commands;

/// <summary>`scheduler export`: the files people use from monthly plans: a sheet (xlsx and CSV) per township and month, a calendar (.ics) per officer.</summary>
internal sealed class ExportCommand(CliConsoles consoles) : Command<ExportCommand.ExportSettings>
{
    public sealed class ExportSettings : CommandSettings
    {
        [CommandArgument(0, "<INSTANCE>")]
        [Description("The instance JSON.")]
        public string Instance { get; init; } = "";

        [CommandArgument(1, "<PLAN>")]
        [Description("The annual plan JSON the monthly plans schedule.")]
        public string Plan { get; init; } = "";

        [CommandArgument(2, "<MONTH_FILE>")]
        [Description("One or more monthly plan JSON files (month-MM.json).")]
        public string[] Months { get; init; } = [];

        [CommandOption("-o|--output <DIR>")]
        [Description("The folder to write into (required): townships/<id>-<name>/<yyyy-MM>.xlsx and .csv, officers/<id>-<name>.ics.")]
        public string? Output { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Output)) return ValidationResult.Error("-o|--output <DIR> is required: the folder to write the exports into");
            if (Months.Length == 0) return ValidationResult.Error("give at least one monthly plan file to export");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        var instance = ContractFiles.ReadValidInstance(settings.Instance, consoles.Error);
        if (instance is null) return ExitCodes.BadInput;
        var plan = ContractFiles.ReadAnnualPlan(settings.Plan, consoles.Error);
        if (plan is null) return ExitCodes.BadInput;
        var months = ReadMonths(settings.Months, plan.Year);
        if (months is null) return ExitCodes.BadInput;

        var output = settings.Output!;
        IReadOnlyList<string> written;
        try
        {
            written = ExportWriter.WriteAll(instance, plan, months, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            consoles.Error.WriteLabelledLine("Error:", "red", $"cannot write the exports into {output}: {e.Message}");
            return ExitCodes.BadInput;
        }

        var sheets = written.Count(p => p.EndsWith(".xlsx", StringComparison.Ordinal));
        var calendars = written.Count(p => p.EndsWith(".ics", StringComparison.Ordinal));
        consoles.Out.MarkupLineInterpolated(
            $"Wrote {Format.Count(written.Count)} files to [bold]{output}[/]: {Format.Count(sheets)} township-month sheets (xlsx and csv), {Format.Count(calendars)} officer calendars (ics).");
        return ExitCodes.Ok;
    }

    /// <summary>The monthly plans, each of the annual plan's year and a month of its own (two plans of one month would overwrite each other's sheets).</summary>
    private List<MonthlyPlan>? ReadMonths(IReadOnlyList<string> files, int year)
    {
        var months = new List<MonthlyPlan>();
        var fileOfMonth = new Dictionary<int, string>();
        foreach (var file in files)
        {
            var month = ContractFiles.ReadMonthlyPlan(file, consoles.Error);
            if (month is null) return null;
            string? problem = null;
            if (month.Month is < 1 or > 12) problem = $"month {month.Month} is not a month (1-12)";
            else if (month.Year != year) problem = $"year {month.Year} is not the annual plan's year {year}";
            else if (fileOfMonth.TryGetValue(month.Month, out var other)) problem = $"month {month.Month} is also planned by {other}";
            if (problem is not null)
            {
                consoles.Error.WriteLabelledLine("Error:", "red", $"{file}: {problem}");
                return null;
            }
            fileOfMonth[month.Month] = file;
            months.Add(month);
        }
        return months;
    }
}
