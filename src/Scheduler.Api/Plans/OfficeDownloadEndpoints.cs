using System.Text;
using Scheduler.Api.Register;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Plans;

/// <summary>
/// The office's file downloads (the session cookie or a bearer token, office only): the register workbook, a kept
/// register upload, and a run's plan files (<see cref="PlanFiles"/>) under /office/downloads/{run}/.
/// </summary>
public static class OfficeDownloadEndpoints
{
    public static IEndpointRouteBuilder MapOfficeDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/office/register.xlsx", RegisterAsync).RequireAuthorization(Policies.Office).ExcludeFromDescription();
        app.MapGet("/office/register/uploads/{id:long}", UploadAsync).RequireAuthorization(Policies.Office).ExcludeFromDescription();
        var run = app.MapGroup("/office/downloads/{run:long}").RequireAuthorization(Policies.Office).ExcludeFromDescription();
        run.MapGet("/plan.json", async (long run, RunCache runs, CancellationToken ct) =>
            await runs.GetAsync(run, ct) is { } data
                ? Results.File(data.PlanJson, "application/json", $"plan-{data.Plan.Year}-run{run}.json")
                : Results.NotFound());
        run.MapGet("/departments/{department}.xlsx", (long run, string department, RunCache runs, CancellationToken ct) =>
            WithFiles(run, runs, ct, (d, f) => Xlsx(d.File("department\n" + department, () => f.DepartmentWorkbook(department)), $"plan-{f.Plan.Year}-{PlanFiles.FileName(department, Name(f, department))}.xlsx")));
        run.MapGet("/townships/{township}.xlsx", (long run, string township, RunCache runs, CancellationToken ct) =>
            WithFiles(run, runs, ct, (d, f) => Xlsx(d.File("township\n" + township, () => f.TownshipWorkbook(township)), $"plan-{f.Plan.Year}-{PlanFiles.FileName(township, TownshipName(f, township))}.xlsx")));
        run.MapGet("/townships/{township}/{month:int}.xlsx", (long run, string township, int month, RunCache runs, CancellationToken ct) =>
            WithFiles(run, runs, ct, (d, f) => Xlsx(d.File($"township\n{township}\n{month}", () => f.TownshipMonthWorkbook(township, month)),
                $"plan-{f.Plan.Year}-{month:00}-{PlanFiles.FileName(township, TownshipName(f, township))}.xlsx")));
        run.MapGet("/officers/{inspector}.ics", (long run, string inspector, RunCache runs, CancellationToken ct) =>
            WithFiles(run, runs, ct, (_, f) => f.OfficerIcs(inspector, DateTime.UtcNow) is { } ics
                ? Results.File(new UTF8Encoding(false).GetBytes(ics), "text/calendar; charset=utf-8",
                    PlanFiles.FileName(inspector, f.Instance.Inspectors.FirstOrDefault(i => i.Id == inspector)?.Name) + ".ics")
                : Results.NotFound()));
        // Built once per run and kept with it (RunCache): its calendars carry the time it was first built.
        run.MapGet("/all.zip", async (long run, RunCache runs, CancellationToken ct) =>
            await runs.GetAsync(run, ct) is { } data
                ? Results.File(await data.ZipAsync(TimeProvider.System, ct), "application/zip", $"plan-{data.Plan.Year}-run{run}.zip")
                : Results.NotFound());
        return app;
    }

    private static async Task<IResult> RegisterAsync(int? year, RegisterStore registers, RegisterCache cache, CancellationToken cancellationToken)
    {
        var resolved = await PlanYears.ResolveAsync(year, registers, cancellationToken);
        // Made once per register version (and language of its headers).
        if (resolved is not { } y || await cache.DeriveAsync(y, "register.xlsx\n" + System.Globalization.CultureInfo.CurrentUICulture.Name,
                RegisterWorkbook.Write, cancellationToken) is not { } workbook)
            return Results.NotFound();
        return Results.File(workbook, RegisterWorkbook.ContentType, $"register-{y}.xlsx");
    }

    private static async Task<IResult> UploadAsync(long id, RegisterUploadStore uploads, CancellationToken cancellationToken)
    {
        if (await uploads.GetContentAsync(id, cancellationToken) is not { } upload) return Results.NotFound();
        var type = upload.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "application/json"
            : upload.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? RegisterWorkbook.ContentType : "application/octet-stream";
        return Results.File(upload.Content, type, upload.FileName);
    }

    /// <summary>The run's files (workbooks are made once per run, <see cref="CachedRun.File"/>), or 404 when it has no plan.</summary>
    private static async Task<IResult> WithFiles(long run, RunCache runs, CancellationToken cancellationToken, Func<CachedRun, PlanFiles, IResult> answer) =>
        await runs.GetAsync(run, cancellationToken) is { } data ? answer(data, await data.FilesAsync(cancellationToken)) : Results.NotFound();

    private static IResult Xlsx(byte[]? content, string name) =>
        content is null ? Results.NotFound() : Results.File(content, PlanFiles.XlsxType, name);

    private static string? Name(PlanFiles f, string department) => f.Instance.Departments.FirstOrDefault(d => d.Id == department)?.Name;

    private static string? TownshipName(PlanFiles f, string township) => f.Instance.Townships.FirstOrDefault(t => t.Id == township)?.Name;
}
