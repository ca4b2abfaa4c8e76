namespace Scheduler.Api.Draws;

/// <summary>
/// The office's request to draw: <paramref name="Seed"/> (the published seed; spread keeps last year's and may leave it
/// out), <paramref name="Mode"/> coordinated (default), independent or spread (from the previous year's latest published
/// draw), and <paramref name="Reason"/>, required once the year has a published draw (a new draw is a new version).
/// </summary>
public sealed record DrawStartBody(long? Seed, string? Mode, string? Reason);
