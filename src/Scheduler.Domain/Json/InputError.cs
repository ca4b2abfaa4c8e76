namespace Scheduler.Domain.Json;

/// <summary>One problem with user input: where (a JSON path such as <c>$.needs[3].months[0]</c>) and what, in a plain sentence.</summary>
public sealed record InputError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
