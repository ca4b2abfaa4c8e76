namespace Scheduler.Domain.Model;

public sealed record Department
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
}
