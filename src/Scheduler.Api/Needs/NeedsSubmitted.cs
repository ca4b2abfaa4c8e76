namespace Scheduler.Api.Needs;

public sealed record NeedsSubmitted(int Year, string Department, int Version, int Needs);
