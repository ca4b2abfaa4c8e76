using Scheduler.Domain.Model;

namespace Scheduler.Api.Needs;

/// <summary>
/// The body of PUT /api/years/{year}/needs, as documented: every need of the token's department. (The endpoint reads the
/// body itself, to report every problem with its JSON path; it also takes the bare array.)
/// </summary>
public sealed record NeedsBody(IReadOnlyList<Need> Needs);
