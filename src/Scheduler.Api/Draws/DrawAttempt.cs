using Scheduler.Data.Stores;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Draws;

/// <summary>What a draw request gave: the stored draw, or no register, or the problems (nothing stored then).</summary>
public sealed record DrawAttempt(DrawOutcomeKind Kind, StoredDraw? Draw, IReadOnlyList<InputError> Errors)
{
    public static DrawAttempt Stored(StoredDraw draw) => new(DrawOutcomeKind.Stored, draw, []);

    public static DrawAttempt NoRegister() => new(DrawOutcomeKind.NoRegister, null, []);

    public static DrawAttempt Invalid(IReadOnlyList<InputError> errors) => new(DrawOutcomeKind.Invalid, null, errors);
}
