namespace Scheduler.Api.Endpoints;

public sealed record NeedsView(int Year, IReadOnlyList<SubmissionView> Submissions);
