namespace Scheduler.Data.Stores;

/// <summary>What a replan run re-plans: the run it replaces, its first month not history, and the records (records.json) it was asked with.</summary>
public sealed record ReplanInputs(long Replaces, int From, string RecordsJson);
