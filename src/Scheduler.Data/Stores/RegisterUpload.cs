namespace Scheduler.Data.Stores;

/// <summary>One uploaded register file as kept (without its bytes): whether it was saved, and how many problems it had.</summary>
public sealed record RegisterUpload(long Id, int Year, string FileName, int Bytes, bool Accepted, int Errors, string UploadedBy, DateTimeOffset UploadedAt);
