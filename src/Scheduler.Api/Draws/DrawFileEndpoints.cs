using System.Security.Claims;
using System.Text;
using Scheduler.Api.Needs;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Stores;
using Scheduler.Domain.Draws;

namespace Scheduler.Api.Draws;

/// <summary>
/// A published draw's files (sign-in required): the record, register and rules that replay it with
/// <c>scheduler draw --verify</c>, and a department's 公示 list as xlsx (the department itself or the office). A draw not
/// yet published is 404 here.
/// </summary>
public static class DrawFileEndpoints
{
    public static IEndpointRouteBuilder MapDrawFiles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/draws/{id:long}").RequireAuthorization(Policies.Anyone).ExcludeFromDescription();
        group.MapGet("/draw.json", (long id, DrawStore draws, CancellationToken ct) =>
            FileAsync(id, draws, d => Task.FromResult<string?>(d.RecordJson + "\n"), $"draw-{id}.json", ct));
        group.MapGet("/rules.json", (long id, DrawStore draws, CancellationToken ct) =>
            FileAsync(id, draws, d => Task.FromResult<string?>(DrawRunner.RulesFile(d.RulesJson)), $"rules-{id}.json", ct));
        group.MapGet("/register.json", (long id, DrawStore draws, RegisterStore registers, CancellationToken ct) =>
            FileAsync(id, draws, async d => await registers.GetAsync(d.Year, d.RegisterVersion, ct) is { } saved ? DrawRunner.RegisterFile(saved.Register) : null,
                $"register-{id}.json", ct));
        group.MapGet("/{department}.xlsx", XlsxAsync);
        return app;
    }

    private static async Task<IResult> FileAsync(long id, DrawStore draws, Func<StoredDraw, Task<string?>> text, string name, CancellationToken ct)
    {
        if (await draws.GetAsync(id, ct) is not { Published: true } draw) return Results.NotFound(Ui.T("没有已公示的该次抽取", "no published draw with that id"));
        return await text(draw) is { } body ? Results.File(Encoding.UTF8.GetBytes(body), "application/json", name) : Results.NotFound();
    }

    private static async Task<IResult> XlsxAsync(long id, string department, ClaimsPrincipal user, DrawStore draws, RegisterStore registers,
        CancellationToken ct)
    {
        if (!DepartmentPage.MayOpen(user, department)) return Results.Forbid();
        if (await draws.GetAsync(id, ct) is not { Published: true } draw) return Results.NotFound(Ui.T("没有已公示的该次抽取", "no published draw with that id"));
        if (await registers.GetAsync(draw.Year, draw.RegisterVersion, ct) is not { } saved) return Results.NotFound();
        var publication = DrawPublication.Build(draw, saved.Register, department, null);
        return Results.File(DrawWorkbook.Write(publication, department), DepartmentFileEndpoints.Xlsx, $"{department}-{draw.Year}-抽取公示-{draw.Version}.xlsx");
    }
}
