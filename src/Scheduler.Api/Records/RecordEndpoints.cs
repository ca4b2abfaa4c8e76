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
        records.MapGet("/template", TemplateAsync).RequireAuthorization(Policies.Anyone)
            .WithName("GetRecordsTemplate")
            .Produces(StatusCodes.Status200OK, contentType: PlanWorkbook.ContentType)
            .ProducesProblems(StatusCodes.Status404NotFound)
            .WithSummary("A month's results workbook (xlsx) to fill in and PUT back (office: every visit; department: its visits)")
            .WithDescription("Sheet 结果: a row per visit of ?month= (1-12) with what is recorded so far; fill 结果 (已检查/未检查), 日期, 执法人员, 发现问题, 未检查原因 (关停, 无人/找不到, 拒绝, 延期) and 说明, and upload it on the department's records page (/departments/{code}/records): problems are named by sheet and cell (结果!F5). A row with 结果 empty is left out.");
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

    /// <summary>The results workbook of month <paramref name="month"/>: a row per visit (a department's: its own), what is recorded so far filled in.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> TemplateAsync(long id, int? month, ClaimsPrincipal user,
        RunCache cache, SolveRunStore runs, RunRecords records, CancellationToken cancellationToken)
    {
        if (month is not (>= 1 and <= 12)) return Problems.Invalid([new("month", month is null ? "month is required: 1-12" : $"month {month} is not 1-12")]);
        if (await cache.GetAsync(id, cancellationToken) is not { } run) return await MissingAsync(id, runs, cancellationToken);
        var current = await records.CurrentAsync(run, cancellationToken);
        var own = user.Department() is { } department ? RunRecords.VisitsOf(run, department) : null;
        var names = run.Instance.Enterprises.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var visits = run.Plan.Visits.Where(v => v.Month == month && (own is null || own.Contains(v.Id))).Select(v => (v, names.GetValueOrDefault(v.Enterprise, "")));
        var bytes = RecordSheet.Template(visits, current.Records.ToDictionary(r => r.Visit, StringComparer.Ordinal));
        return TypedResults.File(bytes, PlanWorkbook.ContentType, $"results-run{id}-{month:00}{(user.Department() is { } d ? "-" + d : "")}.xlsx");
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
