using Spectre.Console;
using Spectre.Console.Cli;

namespace Scheduler.Cli.Terminal;

/// <summary>Reports an exception that escaped a command and chooses the exit code.</summary>
internal static class CliErrors
{
    public static int Report(IAnsiConsole error, Exception exception)
    {
        switch (exception)
        {
            case CommandAppException usage:
                // Unknown command or option, missing argument, a settings validation: the user's to fix.
                if (usage.Pretty is { } pretty) error.Write(pretty);
                else error.MarkupLineInterpolated($"[red]Error:[/] {usage.Message}");
                return ExitCodes.BadInput;
            case OperationCanceledException:
                error.MarkupLine("[yellow]Cancelled before any plan was found.[/]");
                return ExitCodes.Cancelled;
            default:
                error.MarkupLine("[red]Internal error (please report it):[/]");
                error.WriteException(exception);
                return ExitCodes.InternalError;
        }
    }
}
