using Scheduler.Domain.Model;

namespace Scheduler.Api.Needs;

/// <summary>One version of a department's needs; <see cref="Versions"/> lists every version it has, all readable.</summary>
public sealed record SubmissionView(string Department, int Version, string SubmittedBy, DateTimeOffset SubmittedAt,
    IReadOnlyList<int> Versions, IReadOnlyList<Need> Needs);
