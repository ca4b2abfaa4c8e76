using System.Security.Claims;
using Scheduler.Api.Needs;
using Scheduler.Api.Register;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Stores;
using Scheduler.Domain.Draws;

namespace Scheduler.Api.Draws;

/// <summary>
/// The rules workbook of a department (<c>/departments/{code}/rules.xlsx</c>): its latest rules, or one example rule, in
/// the columns <see cref="RuleSheetReader"/> reads back on the rules page.
/// </summary>
public static class RuleFileEndpoints
{
    public static IEndpointRouteBuilder MapRuleFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/departments/{code}/rules.xlsx", TemplateAsync).RequireAuthorization(Policies.Anyone).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> TemplateAsync(string code, int? year, ClaimsPrincipal user, RegisterStore registers, RegisterCache cache,
        RuleStore rules, CancellationToken ct)
    {
        if (!DepartmentPage.MayOpen(user, code)) return Results.Forbid();
        if (await PlanYears.ResolveAsync(year, registers, ct) is not { } y || await cache.GetAsync(y, ct) is not { } register)
            return Results.NotFound(Ui.T("该年度还没有名录", "no register for that year"));
        var latest = await rules.GetAsync(y, code, null, ct);
        var current = latest is null ? null : DrawJson.ReadRules(latest.RulesJson).Value;
        return Results.File(RuleTemplate.Write(register, code, current), DepartmentFileEndpoints.Xlsx, $"{code}-{y}-抽查规则.xlsx");
    }
}
