using Scheduler.Domain.Json;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Solves;

/// <summary>What starting a solve gave: a run id, or no register for the year, or the assembled instance's problems.</summary>
public sealed record SolveStart
{
    public long? RunId { get; private init; }
    public bool RegisterMissing { get; private init; }
    public IReadOnlyList<InputError> Errors { get; private init; } = [];

    /// <summary>The assembled instance the errors are about (null unless invalid).</summary>
    public Instance? Instance { get; private init; }

    public static SolveStart Started(long id) => new() { RunId = id };

    public static SolveStart NoRegister() => new() { RegisterMissing = true };

    public static SolveStart Invalid(IReadOnlyList<InputError> errors, Instance? instance = null) => new() { Errors = errors, Instance = instance };
}
