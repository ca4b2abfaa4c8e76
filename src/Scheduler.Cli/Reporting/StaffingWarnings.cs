using Scheduler.Cli.Terminal;
using Scheduler.Domain.Staffing;
using Spectre.Console;

namespace Scheduler.Cli.Reporting;

/// <summary>Prints the staffing check's findings: warnings, each with its JSON path, department, month and figures.</summary>
internal static class StaffingWarnings
{
    /// <summary>Findings printed in full up to this many; then a count of the rest.</summary>
    private const int Shown = 20;

    public static void Print(IAnsiConsole console, string file, IReadOnlyList<StaffingFinding> findings)
    {
        if (findings.Count == 0)
        {
            console.WriteLabelledLine("Staffing:", "green", $"{file}: every department's officers can make the team-days its needs ask at the least in every month.");
            return;
        }
        console.WriteLabelledLine("Warning:", "yellow",
            $"{file}: the staffing check found {findings.Count} shortfall(s); a plan still exists, but some visits will need another day or go without a team:");
        foreach (var f in findings.Take(Shown)) console.WritePlainLine($"  {f}");
        if (findings.Count > Shown) console.WritePlainLine($"  … and {findings.Count - Shown} more");
    }
}
