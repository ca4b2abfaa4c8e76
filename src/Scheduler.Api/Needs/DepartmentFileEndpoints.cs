using System.Globalization;
using System.Security.Claims;
using Scheduler.Api.Register;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Needs;

/// <summary>
/// The department pages' downloads: the xlsx template (drop-down lists from the register), the draft, and any submitted
/// version as xlsx or CSV. Sign-in required; a department gets only its own (403 otherwise), the office any.
/// </summary>
public static class DepartmentFileEndpoints
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapDepartmentFiles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/departments/{code}").RequireAuthorization(Policies.Anyone).ExcludeFromDescription();
        group.MapGet("/template.xlsx", TemplateAsync);
        group.MapGet("/draft.xlsx", DraftAsync);
        group.MapGet("/versions/{version:int}/needs.xlsx", (string code, int version, int? year, ClaimsPrincipal user, RegisterStore registers,
            NeedStore needs, CancellationToken ct) => VersionAsync(code, version, year, false, user, registers, needs, ct));
        group.MapGet("/versions/{version:int}/needs.csv", (string code, int version, int? year, ClaimsPrincipal user, RegisterStore registers,
            NeedStore needs, CancellationToken ct) => VersionAsync(code, version, year, true, user, registers, needs, ct));
        return app;
    }

    private static async Task<IResult> TemplateAsync(string code, int? year, ClaimsPrincipal user, RegisterStore registers, RegisterCache cache,
        CancellationToken ct)
    {
        if (!DepartmentPage.MayOpen(user, code)) return Results.Forbid();
        var resolved = await PlanYears.ResolveAsync(year, registers, ct);
        // The template (drop-downs of every enterprise) is built once per register version, department and language.
        var template = resolved is { } y
            ? await cache.DeriveAsync(y, $"template\n{code}\n{CultureInfo.CurrentUICulture.Name}", register => NeedTemplate.Write(register, code), ct)
            : null;
        if (template is null) return Results.NotFound(Ui.T("该年度还没有名录", "no register for that year"));
        return Results.File(template, Xlsx, $"{code}-{resolved}-需求模板.xlsx");
    }

    private static async Task<IResult> DraftAsync(string code, int? year, ClaimsPrincipal user, RegisterStore registers, NeedStore needs,
        NeedDraftStore drafts, DraftCache cache, CancellationToken ct)
    {
        if (!DepartmentPage.MayOpen(user, code)) return Results.Forbid();
        var resolved = await PlanYears.ResolveAsync(year, registers, ct);
        if (resolved is not { } y) return Results.NotFound(Ui.T("该年度还没有名录", "no register for that year"));
        var state = await new DraftWorkspace(registers, needs, drafts, cache).LoadAsync(y, code, ct);
        if (state is null) return Results.NotFound(Ui.T("该年度还没有名录", "no register for that year"));
        return Results.File(cache.Workbook(state, s => NeedTemplate.Write(s.Register, code, s.RawRows)), Xlsx, $"{code}-{y}-草稿.xlsx");
    }

    private static async Task<IResult> VersionAsync(string code, int version, int? year, bool csv, ClaimsPrincipal user, RegisterStore registers,
        NeedStore needs, CancellationToken ct)
    {
        if (!DepartmentPage.MayOpen(user, code)) return Results.Forbid();
        var resolved = await PlanYears.ResolveAsync(year, registers, ct);
        if (resolved is not { } y) return Results.NotFound(Ui.T("该年度还没有名录", "no register for that year"));
        var submission = await needs.GetAsync(y, code, version, ct);
        if (submission is null) return Results.NotFound(Ui.T($"没有第 {version} 版", $"no version {version}"));
        var rows = DraftRows.FromNeeds(NeedsJson.Read(submission.NeedsJson));
        if (csv) return Results.File(NeedCsv.Write(rows), "text/csv; charset=utf-8", $"{code}-{y}-v{version}.csv");
        var register = await registers.GetAsync(y, ct) ?? new Scheduler.Domain.Model.Instance();
        return Results.File(NeedTemplate.Write(register, code, rows), Xlsx, $"{code}-{y}-v{version}.xlsx");
    }
}
