namespace Scheduler.Data.Tenancy;

/// <summary>What re-running a province run's failed counties did: the counties queued again, or a conflict (another run of the year is running; nothing changed).</summary>
public sealed record ProvinceRerun(bool Conflict, IReadOnlyList<ProvinceRunCounty> Requeued);
