namespace Scheduler.Solver.Staffing;

/// <summary>What a merge of sibling visits may use, tried in this order (<see cref="MonthMerge"/>).</summary>
internal enum MergeStep
{
    /// <summary>A team-day whose officers already cover the merged visit's departments.</summary>
    Present,

    /// <summary>A team-day of the township with officers free that day added.</summary>
    AddOfficers,

    /// <summary>A new team-day on a free date.</summary>
    NewDay,

    /// <summary>A team-day of the township that hands one of its other visits to another team-day to make room.</summary>
    MakeRoom,
}
