using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Hosting.OpenApi;
using Scheduler.Api.Plans;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Stores;
using Scheduler.Domain.Records;

namespace Scheduler.Api.Records;

/// <summary>What became of a run's planned visits (records.json, docs/replanning.md): uploaded as versions, read merged.</summary>
public static class RecordEndpoints
{
    public static IEndpointRouteBuilder MapRecordEndpoints(this IEndpointRouteBuilder app)
    {
        // No route constraint on {id}: a value that is not a number is a 400 naming the parameter.
        var records = app.MapGroup("/api/solves/{id}/records").AsContract(ApiTags.Records);
        records.MapPut("/", PutAsync).RequireAuthorization(Policies.Anyone)
            .WithName("SubmitRecords")
            .Accepts<RecordSet>("application/json")
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithSummary("Record what became of planned visits (office: any visit; department: visits holding its tasks)")
            .WithDescription("A records.json (docs/replanning.md): throughMonth and a record per visit (done with date, officers and findings; or notDone with a reason: closed, notFound, refused, postponed). Every upload is the run's next version, audited; a visit recorded again in a later upload is corrected, nothing is lost. 400 naming the JSON path of every problem (a visit the plan does not have, a month not yet reached, a done visit without its date…), nothing stored; 403 naming each record of a visit that holds none of the department's tasks; 404 when the run has no plan.");
        records.MapGet("/", GetAsync).RequireAuthorization(Policies.Anyone)
            .WithName("GetRecords")
            .Produces<RecordSet>(StatusCodes.Status200OK, "application/json")
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("The run's current records, every version merged (office: all; department: its visits)")
            .WithDescription("The versions merged in order, a later record of a visit replacing an earlier one; throughMonth is the highest reported (0 when nothing is recorded yet). A department token sees the records of the visits holding its tasks.");
        return app;
    }

    public static async Task<Results<Ok<RecordsSaved>, ProblemHttpResult>> PutAsync(long id, HttpRequest request, ClaimsPrincipal user,
        RunCache cache, SolveRunStore runs, RunRecords records, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, cancellationToken);
        if (await cache.GetAsync(id, cancellationToken) is not { } run) return await MissingAsync(id, runs, cancellationToken);
        var read = RecordJson.Read(body);
        if (read.Value is not { } set) return Problems.Invalid(read.Errors);
        var upload = await records.SubmitAsync(run, set, user.Department(), user.Who(), cancellationToken);
        if (upload.Stored is { } stored) return TypedResults.Ok(stored);
        return upload.IsForbidden
            ? Problems.Forbidden($"Records of visits that hold none of {user.Department()}'s tasks ({upload.Errors.Count})", upload.Errors)
            : Problems.Invalid(upload.Errors);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetAsync(long id, ClaimsPrincipal user,
        RunCache cache, SolveRunStore runs, RunRecords records, CancellationToken cancellationToken)
    {
        if (await cache.GetAsync(id, cancellationToken) is not { } run) return await MissingAsync(id, runs, cancellationToken);
        var current = await records.CurrentAsync(run, cancellationToken);
        if (user.Department() is { } department) current = RecordMerge.Only(current, RunRecords.VisitsOf(run, department));
        return ContractResults.Json(RecordJson.Write(current));
    }

    internal static async Task<ProblemHttpResult> MissingAsync(long id, SolveRunStore runs, CancellationToken cancellationToken)
    {
        var run = await runs.GetAsync(id, cancellationToken);
        return run is null ? Problems.NotFound($"no solve run {id}") : Problems.NotFound($"solve run {id} is {run.State} and has no plan");
    }
}
