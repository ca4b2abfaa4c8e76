namespace Scheduler.Api.Replans;

/// <summary>
/// POST /api/solves/{id}/replans: <paramref name="From"/> the first month not history (1-12; the records must end before
/// it), <paramref name="Seed"/> the random seed (default 1).
/// </summary>
public sealed record ReplanRequest(int? From, int? Seed);
