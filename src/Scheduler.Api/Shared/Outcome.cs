using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Shared;

/// <summary>
/// What a request the service checks before acting on it gave: its <see cref="Value"/> (a job's id, what was saved), or
/// what was not found (<see cref="Missing"/>, 404), or why the state it met refuses it (<see cref="Conflict"/>, 409), or
/// the problems of its input (<see cref="Errors"/>, 400); nothing is stored in those three cases. The endpoints answer
/// <see cref="Problem"/>; the pages show the same messages.
/// </summary>
/// <typeparam name="T">The value; a nullable type (<c>long?</c>) for ids, so that a failed outcome's value is null.</typeparam>
public sealed record Outcome<T>(T? Value, string? Missing, string? Conflict, IReadOnlyList<InputError> Errors)
{
    public static Outcome<T> Of(T value) => new(value, null, null, []);
    public static Outcome<T> NotFound(string detail) => new(default, detail, null, []);
    public static Outcome<T> Refused(string detail) => new(default, null, detail, []);
    public static Outcome<T> Invalid(IReadOnlyList<InputError> errors) => new(default, null, null, errors);

    /// <summary>The problem a failed outcome answers: 404 when something was not found, 409 when refused, else 400 with the problems.</summary>
    public ProblemHttpResult Problem() =>
        Missing is { } missing ? Problems.NotFound(missing) : Conflict is { } conflict ? Problems.Conflict(conflict) : Problems.Invalid(Errors);

    /// <summary>The messages a page shows for a failed outcome, under <paramref name="subject"/> for a missing or refused one.</summary>
    public IReadOnlyList<InputError> Messages(string subject) =>
        Missing is { } missing ? [new InputError(subject, missing)] : Conflict is { } conflict ? [new InputError(subject, conflict)] : Errors;
}
