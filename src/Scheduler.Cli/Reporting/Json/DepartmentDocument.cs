using Scheduler.Domain.Staffing;

namespace Scheduler.Cli.Reporting.Json;

/// <summary>One department's part in the year (<see cref="DepartmentYear"/>), its ratios to two decimals.</summary>
internal sealed record DepartmentDocument
{
    public required string Department { get; init; }
    public required string Name { get; init; }
    public required int Officers { get; init; }
    public required double JointTeamDays { get; init; }
    public required int JointTeamDaysPossible { get; init; }
    public required double JointUse { get; init; }
    public required bool FullOnJointDays { get; init; }
    public required double VisitsPerJointTeamDay { get; init; }
    public required double TeamVisitsPerJointTeamDay { get; init; }
    public required int JointChecks { get; init; }
    public required int AloneChecks { get; init; }
    public int? TakenOut { get; init; }

    public static DepartmentDocument From(DepartmentYear d) => new()
    {
        Department = d.Department,
        Name = d.Name,
        Officers = d.Officers,
        JointTeamDays = Math.Round(d.JointTeamDays, 1),
        JointTeamDaysPossible = d.JointTeamDaysPossible,
        JointUse = Math.Round(d.JointUse, 2),
        FullOnJointDays = d.JointUse >= DepartmentYears.Full,
        VisitsPerJointTeamDay = Math.Round(d.VisitsPerJointTeamDay, 2),
        TeamVisitsPerJointTeamDay = Math.Round(d.TeamVisitsPerJointTeamDay, 2),
        JointChecks = d.JointChecks,
        AloneChecks = d.AloneChecks,
        TakenOut = d.TakenOut,
    };
}
