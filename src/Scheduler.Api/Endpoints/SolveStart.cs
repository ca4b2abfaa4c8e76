using Scheduler.Domain.Json;

namespace Scheduler.Api.Endpoints;

/// <summary>What starting a solve gave: a run id, or no register for the year, or the assembled instance's problems.</summary>
public sealed record SolveStart
{
    public long? RunId { get; private init; }
    public bool RegisterMissing { get; private init; }
    public IReadOnlyList<InputError> Errors { get; private init; } = [];

    public static SolveStart Started(long id) => new() { RunId = id };

    public static SolveStart NoRegister() => new() { RegisterMissing = true };

    public static SolveStart Invalid(IReadOnlyList<InputError> errors) => new() { Errors = errors };
}
