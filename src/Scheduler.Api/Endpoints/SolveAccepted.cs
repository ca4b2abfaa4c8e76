namespace Scheduler.Api.Endpoints;

public sealed record SolveAccepted(long Id, string State, string Location);
