namespace Scheduler.Api.Endpoints;

public sealed record NeedsSubmitted(int Year, string Department, int Version, int Needs);
