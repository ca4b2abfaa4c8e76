using Scheduler.Cli.Terminal;
using Spectre.Console;

namespace Scheduler.Cli.Reporting;

/// <summary>Prints every violated rule of a plan, one a line.</summary>
internal static class ViolationList
{
    public static void Print(IAnsiConsole console, string planFile, IReadOnlyList<string> violations)
    {
        var count = violations.Count == 1 ? "1 violation" : $"{violations.Count} violations";
        console.WriteLabelledLine("Invalid:", "red", $"{planFile} breaks the contract ({count}):");
        foreach (var violation in violations) console.WritePlainLine($"  {violation}");
    }
}
