namespace Scheduler.Domain.Json;

/// <summary>A parsed value, or the errors that stopped it.</summary>
public sealed record ReadResult<T> where T : class
{
    public T? Value { get; private init; }
    public IReadOnlyList<InputError> Errors { get; private init; } = [];
    public bool Ok => Value is not null;

    public static ReadResult<T> Success(T value) => new() { Value = value };

    public static ReadResult<T> Failure(params InputError[] errors) => new() { Errors = errors };
}
