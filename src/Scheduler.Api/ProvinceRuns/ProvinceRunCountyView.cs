using Scheduler.Api.Solves;
using Scheduler.Data.Tenancy;

namespace Scheduler.Api.ProvinceRuns;

/// <summary>
/// A county of a province run as the API shows it: state, attempt, its solve run (with the link to it through the
/// county's routes, where its progress and figures are), the error of a failed attempt, when and on which worker it ran.
/// </summary>
public sealed record ProvinceRunCountyView(string Code, SolveState State, int Attempt, long? SolveRun, string? Solve, string? Error,
    DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Worker)
{
    public static ProvinceRunCountyView Of(ProvinceRunCounty county) => new(county.Code, ProvinceRunView.StateOf(county.State), county.Attempt,
        county.SolveRun, county.SolveRun is { } id ? $"/api/counties/{county.Code}/solves/{id}" : null, county.Error,
        county.StartedAt, county.FinishedAt, county.Worker);
}
