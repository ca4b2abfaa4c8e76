namespace Scheduler.Api.Needs;

public sealed record NeedsView(int Year, IReadOnlyList<SubmissionView> Submissions);
