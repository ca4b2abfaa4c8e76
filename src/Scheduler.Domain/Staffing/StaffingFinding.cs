namespace Scheduler.Domain.Staffing;

/// <summary>
/// One finding of the staffing check: where (a JSON path), which department and month, the figures and a sentence.
/// A warning: a plan still exists, but some visits will go without a team or cost an extra visit.
/// </summary>
/// <param name="Kind">What falls short: <c>joint</c> (team-days on joint weekdays against the visits merging would make
/// joint), <c>all</c> (team-days on all working days against the visits the needs put in the month at the least),
/// <c>officers</c> (fewer officers than one team needs), <c>leave</c> (leave dates outside the plan year).</param>
/// <param name="Available">Team-days the officers can make (or officers, for <c>officers</c>).</param>
/// <param name="Needed">Team-days the needs ask at the least (or officers a team needs).</param>
public sealed record StaffingFinding(string Path, string Department, int? Month, string Kind, int Available, int Needed, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
