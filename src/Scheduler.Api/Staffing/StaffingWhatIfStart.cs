using Scheduler.Domain.Json;

namespace Scheduler.Api.Staffing;

/// <summary>What asking for a staffing what-if gave: its id, or what was not found, or that another runs, or the problems (nothing stored).</summary>
public sealed record StaffingWhatIfStart(long? Id, string? Missing, string? Busy, IReadOnlyList<InputError> Errors)
{
    public static StaffingWhatIfStart Started(long id) => new(id, null, null, []);
    public static StaffingWhatIfStart NotFound(string detail) => new(null, detail, null, []);
    public static StaffingWhatIfStart Conflict(string detail) => new(null, null, detail, []);
    public static StaffingWhatIfStart Invalid(IReadOnlyList<InputError> errors) => new(null, null, null, errors);
}
