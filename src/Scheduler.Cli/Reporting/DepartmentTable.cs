using System.Globalization;
using Scheduler.Domain.Staffing;
using Spectre.Console;

namespace Scheduler.Cli.Reporting;

/// <summary>
/// The year per department on the joint weekdays (<see cref="DepartmentYears"/>): the team-days its officers made there
/// against what they could make, its visits per team-day against the team-days' visits, and its checks kept joint, taken
/// out of joint visits, and alone. Departments full on the joint weekdays are what the staffing price pays for.
/// </summary>
internal static class DepartmentTable
{
    public static Table For(IReadOnlyList<DepartmentYear> departments)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("dept.")
            .AddColumn(new TableColumn("officers").RightAligned())
            .AddColumn(new TableColumn("team-days").RightAligned())
            .AddColumn(new TableColumn("used").RightAligned())
            .AddColumn(new TableColumn("visits").RightAligned())
            .AddColumn(new TableColumn("joint").RightAligned())
            .AddColumn(new TableColumn("split").RightAligned())
            .AddColumn(new TableColumn("alone").RightAligned())
            .AddColumn(new TableColumn("left out").RightAligned());
        var invariant = CultureInfo.InvariantCulture;
        foreach (var d in departments)
        {
            bool full = d.FullOnJointDays;
            table.AddRow(
                Markup.Escape(d.Department),
                Format.Count(d.Officers),
                $"{d.JointTeamDays.ToString("N0", invariant)}/{Format.Count(d.JointTeamDaysPossible)}",
                full ? $"[bold]{Format.Percent(d.JointUse)}*[/]" : Format.Percent(d.JointUse),
                $"{d.VisitsPerJointTeamDay.ToString("0.0", invariant)}/{d.TeamVisitsPerJointTeamDay.ToString("0.0", invariant)}",
                Format.Count(d.JointChecks),
                d.TakenOut is { } taken ? Format.Count(taken) : "—",
                Format.Count(d.AloneChecks),
                d.LeftOut is { } left ? Format.Count(left) : "—");
        }
        table.Caption($"On the joint weekdays: team-days its officers made/could make; visits: a day, its own/all of its teams'; "
            + "split: checks taken out of the joint visits of the plan that ignores staff (a two-department visit split in two counts for both). "
            + "left out: visits left out for want of its officers (a visit short of two departments counts for both). "
            + $"* full ({Format.Percent(DepartmentYears.Full)} or more): what the staffing price pays for."
            + (departments.Any(d => d.MostTakenOutIn is not null)
                ? " Most taken out in: " + string.Join(", ", departments.Where(d => d.MostTakenOutIn is not null)
                    .Select(d => $"{d.Department} {Markup.Escape(d.MostTakenOutIn!.Name)} ({Format.Count(d.MostTakenOutIn.Checks)})")) + "."
                : ""));
        return table;
    }
}
