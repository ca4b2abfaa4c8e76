namespace Scheduler.Api.Draws;

/// <summary>A department's rules stored: the version they became and how many rules it holds.</summary>
public sealed record RulesSubmitted(int Year, string Department, int Version, int Rules);
