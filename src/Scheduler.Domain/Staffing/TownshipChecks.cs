namespace Scheduler.Domain.Staffing;

/// <summary>A number of one department's checks in one township (<see cref="DepartmentYear.MostTakenOutIn"/>).</summary>
public sealed record TownshipChecks
{
    public required string Township { get; init; }
    public required string Name { get; init; }
    public required int Checks { get; init; }
}
