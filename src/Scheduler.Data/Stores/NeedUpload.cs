namespace Scheduler.Data.Stores;

/// <summary>One uploaded needs file, kept byte for byte; <paramref name="State"/> is previewed, applied or discarded.</summary>
public sealed record NeedUpload(long Id, int Year, string Department, string FileName, string? ContentType, byte[] Content,
    string UploadedBy, DateTimeOffset UploadedAt, string State);
