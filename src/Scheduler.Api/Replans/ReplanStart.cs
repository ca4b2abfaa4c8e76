using Scheduler.Domain.Json;

namespace Scheduler.Api.Replans;

/// <summary>What asking for a replan gave: the new run's id, or what was not found, or the problems (nothing stored).</summary>
public sealed record ReplanStart(long? RunId, string? Missing, IReadOnlyList<InputError> Errors)
{
    public static ReplanStart Started(long id) => new(id, null, []);
    public static ReplanStart NotFound(string detail) => new(null, detail, []);
    public static ReplanStart Invalid(IReadOnlyList<InputError> errors) => new(null, null, errors);
}
