namespace Scheduler.Api.Needs;

/// <summary>A problem of one cell (<paramref name="Column"/> is a <see cref="NeedColumns"/> key, or "row" for the whole row), in plain words.</summary>
public sealed record CellError(string Column, string Message);
