namespace Scheduler.Domain.Staffing;

/// <summary>
/// One department's part in a planned year, on the joint weekdays where staff is the binding resource: how many of the
/// team-days its officers could make there it used, how many of its visits each of those team-days carried against the
/// team-days' own visits (a team needs officers of every department it carries for the whole day, so a department's
/// officers stand by during the visits of the others), and its checks on joint visits, alone, and taken out of the joint
/// visits of the plan that ignores staff. A department whose joint-weekday team-days are all used is what the
/// staffing price pays for (<see cref="DepartmentYears"/>).
/// </summary>
public sealed record DepartmentYear
{
    public required string Department { get; init; }
    public required string Name { get; init; }
    public required int Officers { get; init; }

    /// <summary>Σ over the joint-weekday team-days of the department's officers there, over officersPerDepartment.</summary>
    public required double JointTeamDays { get; init; }

    /// <summary>Σ over the year's joint weekdays of ⌊its officers not on leave / officersPerDepartment⌋, county-wide
    /// (<see cref="StaffCapacity"/>; postings not split by township: an upper bound).</summary>
    public required int JointTeamDaysPossible { get; init; }

    /// <summary><see cref="JointTeamDays"/> over <see cref="JointTeamDaysPossible"/>; 0 when it can make none.</summary>
    public double JointUse => JointTeamDaysPossible > 0 ? JointTeamDays / JointTeamDaysPossible : 0;

    /// <summary>It used <see cref="DepartmentYears.Full"/> or more of its joint-weekday team-days: where the staffing price is paid.</summary>
    public bool FullOnJointDays => JointUse >= DepartmentYears.Full;

    /// <summary>Its visits on the joint-weekday team-days it is in, per team-day of its officers.</summary>
    public required double VisitsPerJointTeamDay { get; init; }

    /// <summary>All visits of those team-days (its own and the other departments'), per team-day of its officers.</summary>
    public required double TeamVisitsPerJointTeamDay { get; init; }

    /// <summary>Visits of the plan with two or more departments, one of them this one.</summary>
    public required int JointChecks { get; init; }

    /// <summary>Visits of the plan of this department alone.</summary>
    public required int AloneChecks { get; init; }

    /// <summary>
    /// Visits of the year left out (unscheduled) for want of this department's officers: two or more free on a day the
    /// visit could go, or any who may serve it at all (posted elsewhere, on leave or 回避 every such day); a visit short of two
    /// departments counts for both; null when the months' reasons are not known.
    /// </summary>
    public int? LeftOut { get; init; }

    /// <summary>Its joint visits in the plan that ignores staff less those of this plan (not below 0); null without that plan.</summary>
    public int? TakenOut { get; init; }

    /// <summary>
    /// The township where most of them were taken out (its joint visits there in the plan that ignores staff less those
    /// of this plan; the first by id among equals), when any was: where its officers are shortest. Null without that plan.
    /// </summary>
    public TownshipChecks? MostTakenOutIn { get; init; }

    /// <summary>The figures as published (files, stored runs): team-days to one decimal, visits a team-day to two.</summary>
    public DepartmentYear Rounded() => this with
    {
        JointTeamDays = Math.Round(JointTeamDays, 1),
        VisitsPerJointTeamDay = Math.Round(VisitsPerJointTeamDay, 2),
        TeamVisitsPerJointTeamDay = Math.Round(TeamVisitsPerJointTeamDay, 2),
    };
}
