using Spectre.Console;

namespace Scheduler.Cli.Terminal;

/// <summary>Where a command writes: results to <see cref="Out"/>, errors and diagnostics to <see cref="Error"/>.</summary>
public sealed record CliConsoles(IAnsiConsole Out, IAnsiConsole Error)
{
    /// <summary>The process's stdout and stderr.</summary>
    public static CliConsoles Standard() => new(
        AnsiConsole.Console,
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));
}
