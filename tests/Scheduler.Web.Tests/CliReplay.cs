extern alias cli;
using Spectre.Console;

namespace Scheduler.Web.Tests;

/// <summary>Runs the `scheduler` command line in-process (the same code path as the installed command) and captures its output.</summary>
public static class CliReplay
{
    public static (int ExitCode, string Output) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var consoles = new cli::Scheduler.Cli.Terminal.CliConsoles(Capture(stdout), Capture(stderr));
        var exitCode = cli::Program.CreateApp(consoles).Run(args);
        return (exitCode, $"exit {exitCode}\n--- stdout\n{stdout}\n--- stderr\n{stderr}");
    }

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
