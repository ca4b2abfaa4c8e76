using Scheduler.Cli.Terminal;
using Spectre.Console;

namespace Scheduler.Cli.Tests.Support;

/// <summary>Runs the `scheduler` command line in-process and captures what it wrote to stdout and stderr.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args) => Of(CancellationToken.None, args);

    /// <summary>Runs with a token that stands for Ctrl+C.</summary>
    public static CliRun Of(CancellationToken cancellationToken, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = Program.CreateApp(new CliConsoles(Capture(stdout), Capture(stderr))).Run(args, cancellationToken);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Both streams together, for messages whose stream does not matter to the test.</summary>
    public string All => Out + Error;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";

    private static IAnsiConsole Capture(StringWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        return console;
    }
}
