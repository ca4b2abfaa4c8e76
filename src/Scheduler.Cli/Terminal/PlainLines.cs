using Spectre.Console;

namespace Scheduler.Cli.Terminal;

/// <summary>Writes text as is, bypassing Spectre's wrapping, so JSON, file names and "path: message" lines stay whole and greppable.</summary>
internal static class PlainLines
{
    public static void WritePlainLine(this IAnsiConsole console, string line) => console.Profile.Out.Writer.WriteLine(line);

    /// <summary>A coloured label ("Error:") followed by the unwrapped text.</summary>
    public static void WriteLabelledLine(this IAnsiConsole console, string label, string color, string text)
    {
        console.Markup($"[{color}]{Markup.Escape(label)}[/] ");
        console.Profile.Out.Writer.WriteLine(text);
    }
}
