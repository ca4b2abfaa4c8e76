namespace Scheduler.Api.Tokens;

/// <summary>
/// The body of POST /api/tokens, as documented: {"department": "SCJG"} for a department token, {"role": "office"} for an
/// office token. (The endpoint reads the body itself, to report every problem with its JSON path.)
/// </summary>
public sealed record TokenRequest(string? Department, TokenRole? Role);
