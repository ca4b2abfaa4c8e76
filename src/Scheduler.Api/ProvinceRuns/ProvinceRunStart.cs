using Scheduler.Domain.Json;

namespace Scheduler.Api.ProvinceRuns;

/// <summary>What starting a province run gave: its id, or the request's problems (unknown counties), or a conflict (a run of the year is still running).</summary>
public sealed record ProvinceRunStart(long? RunId, IReadOnlyList<InputError> Errors, bool Conflict)
{
    public static ProvinceRunStart Started(long id) => new(id, [], false);

    public static ProvinceRunStart Invalid(IReadOnlyList<InputError> errors) => new(null, errors, false);

    public static ProvinceRunStart Running() => new(null, [], true);
}
