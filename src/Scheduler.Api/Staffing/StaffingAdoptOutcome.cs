using Scheduler.Domain.Json;

namespace Scheduler.Api.Staffing;

/// <summary>What adopting a what-if's change gave: the register saved, or what was not found, or why the register no longer takes it, or the problems.</summary>
public sealed record StaffingAdoptOutcome(StaffingAdoption? Adoption, string? Missing, string? Conflict, IReadOnlyList<InputError> Errors)
{
    public static StaffingAdoptOutcome Saved(StaffingAdoption adoption) => new(adoption, null, null, []);
    public static StaffingAdoptOutcome NotFound(string detail) => new(null, detail, null, []);
    public static StaffingAdoptOutcome Refused(string detail) => new(null, null, detail, []);
    public static StaffingAdoptOutcome Invalid(params InputError[] errors) => new(null, null, null, errors);
}
