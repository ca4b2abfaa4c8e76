using Scheduler.Api.Solves;
using Scheduler.Data.Tenancy;

namespace Scheduler.Api.ProvinceRuns;

/// <summary>
/// A province run as the API shows it: state (running until its closing step, then succeeded, failed or cancelled), the
/// counties by state, a row per county, and the summary the closing step wrote (null while it runs).
/// </summary>
public sealed record ProvinceRunView(long Id, int Year, SolveState State, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt,
    string? CancelledBy, DateTimeOffset? CancelledAt, ProvinceRunCounts Counts, IReadOnlyList<ProvinceRunCountyView> Counties,
    ProvinceRunSummary? Summary, string Location)
{
    public static ProvinceRunView Of(ProvinceRun run) => new(run.Id, run.Year, StateOf(run.State), run.CreatedBy, run.CreatedAt, run.ClosedAt,
        run.CancelledBy, run.CancelledAt, ProvinceRunCounts.Of(run.Counties), [.. run.Counties.Select(ProvinceRunCountyView.Of)], run.Summary,
        $"/api/province/runs/{run.Id}");

    /// <summary>A stored state's name as the API's enum.</summary>
    public static SolveState StateOf(string stored) => Enum.Parse<SolveState>(stored, ignoreCase: true);
}
