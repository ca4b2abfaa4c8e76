using Scheduler.Domain.Json;

namespace Scheduler.Api.Records;

/// <summary>The outcome of an upload of records: stored, or refused with the problems (each with its JSON path) and nothing stored.</summary>
public sealed record RecordUpload(RecordsSaved? Stored, IReadOnlyList<InputError> Errors, bool IsForbidden)
{
    public static RecordUpload Saved(RecordsSaved saved) => new(saved, [], false);
    public static RecordUpload Invalid(IReadOnlyList<InputError> errors) => new(null, errors, false);
    public static RecordUpload Forbidden(IReadOnlyList<InputError> errors) => new(null, errors, true);
}
