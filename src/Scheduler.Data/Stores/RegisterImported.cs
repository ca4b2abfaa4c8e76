namespace Scheduler.Data.Stores;

/// <summary>An imported register file as stored: the upload's id, and the register version it became (null when it was not valid).</summary>
public sealed record RegisterImported(long Upload, RegisterVersion? Version);
