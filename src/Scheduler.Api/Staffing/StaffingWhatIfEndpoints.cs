using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Scheduler.Api.Counties;
using Scheduler.Api.Hosting.OpenApi;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Api.Solves;
using Scheduler.Data.Stores;

using Scheduler.Solver.Staffing;

namespace Scheduler.Api.Staffing;

/// <summary>What more officers or another joint weekday buy: a staffed run's year planned again with the change made (office).</summary>
public static class StaffingWhatIfEndpoints
{
    public static IEndpointRouteBuilder MapStaffingWhatIfEndpoints(this IEndpointRouteBuilder app)
    {
        // No route constraints on {id}, {whatIf}: a value that is not a number is a 400 naming the parameter.
        var group = app.MapGroup("/api/solves/{id}/staffing").AsContract(ApiTags.Solves);
        group.MapPost("/", StartAsync).RequireAuthorization(Policies.Office)
            .WithName("StartStaffingWhatIf")
            .WithMetadata(new ResponseHeader(StatusCodes.Status202Accepted, "Location", "The what-if's URL, /api/solves/{id}/staffing/{whatIf}: poll it.", "uri-reference"))
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("What more officers or another joint weekday buy: the run's year planned again with the change made (office)")
            .WithDescription("{\"additions\": [\"YJGL:2\", \"KA@T04:2\", \"Thursday\"]} (each DEPT[@TOWNSHIP][:N]: N officers, default 2, at county level or posted to the township; or a weekday's name, Thursday / Thu / 周四, to make it a joint weekday too; or several of these joined by + as one package, JTYS:2+ZRZY:2; one year compared each, at most 12), or {\"suggest\": K} (default 3 when no additions are given): a second joint weekday when the county has one (two days after it), a team each of the two departments most left-out visits wait for (one package), and K teams suggested from the run's departments: those the left-out visits ran short of first (at county level), then those full on the joint weekdays county-wide (at county level), then those that lost the most checks from joint visits (posted where they lost the most). A job plans the staffed year of each staff with the run's seed and work (as `scheduler staffing`); the run's year is the staff as it stands; each addition's row says whether its year is better in the spec's order (better: left out first, then visits), a county keeping its current year otherwise. 202 with the what-if and its Location; 400 naming additions[i] (an unknown department or township, a count outside 1-100, a weekend day or a day already joint) or suggest, or id when the run is not a staffed year with its months; 404 when the run is unknown or has no plan; 409 while another staffing what-if of the county is queued or running.");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Office)
            .WithName("ListStaffingWhatIfs")
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithSummary("A run's staffing what-ifs, newest first (office)")
            .WithDescription("Each with its state, the additions asked and the staffs planned so far. 404 when the run is unknown.");
        group.MapGet("/{whatIf}", GetAsync).RequireAuthorization(Policies.Office)
            .WithName("GetStaffingWhatIf")
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithSummary("A staffing what-if: its state and one row a staff planned so far (office)")
            .WithDescription("queued, running, succeeded, failed or cancelled; rows: the staff as it stands first, then each addition with its officers, unassigned, unscheduled, visits, staffing price, visits and left-out visits fewer than as it stands (negative: more), fewer visits per officer added, and better (in the spec's order).");
        group.MapPost("/{whatIf}/adopt", AdoptAsync).RequireAuthorization(Policies.Office)
            .WithName("AdoptStaffingChange")
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithSummary("Make one of a what-if's changes in the year's register (office)")
            .WithDescription("{\"change\": \"JTYS:2+Thursday\"}: one of the what-if's rows, as it names it. The officers it adds are added to the current register as placeholders ({DEPT}-NEW{k}, named 新增 and the department's name, at county level or posted as the change says, no leave, no conflicts: give them their real names in the register), and its weekday joins the joint weekdays; the register is saved as its next version (audited), only while the version it was made from is still the current one. Solve the year again to plan with it. 200 with the version saved, the officers added and the joint weekdays; 400 naming change (missing, unreadable, or not a change the what-if planned); 404 for an unknown what-if, run or register; 409 when the current register no longer takes the change (its weekday is joint already, a department or township is gone) or was saved again meanwhile.");
        group.MapDelete("/{whatIf}", CancelAsync).RequireAuthorization(Policies.Office)
            .WithName("CancelStaffingWhatIf")
            .WithMetadata(new ResponseHeader(StatusCodes.Status202Accepted, "Location", "The what-if's URL.", "uri-reference"))
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithSummary("Cancel a staffing what-if (office)")
            .WithDescription("A queued one is cancelled at once; a running one stops after the staff it is planning and keeps the staffs planned. 202 with it.");
        return app;
    }

    public static async Task<Results<Accepted<StaffingWhatIfView>, ProblemHttpResult>> StartAsync(long id, StaffingWhatIfRequest request, ClaimsPrincipal user,
        HttpContext http, StaffingWhatIfStarter starter, StaffingWhatIfStore whatIfs, CancellationToken cancellationToken)
    {
        var start = await starter.StartAsync(id, request, user.Who(), cancellationToken);
        if (start.Value is not { } whatIf) return start.Problem();
        var stored = await whatIfs.GetAsync(id, whatIf, cancellationToken);
        var location = Path(id, whatIf);
        return TypedResults.Accepted(location, View(stored!, http));
    }

    public static async Task<Results<Ok<StaffingWhatIfsView>, ProblemHttpResult>> ListAsync(long id, HttpContext http, SolveRunStore runs, StaffingWhatIfStore whatIfs,
        CancellationToken cancellationToken)
    {
        if (await runs.GetAsync(id, cancellationToken) is null) return Problems.NotFound($"no solve run {id}");
        var list = await whatIfs.ListAsync(id, cancellationToken);
        return TypedResults.Ok(new StaffingWhatIfsView(id, [.. list.Select(w => View(w, http))]));
    }

    public static async Task<Results<Ok<StaffingWhatIfView>, ProblemHttpResult>> GetAsync(long id, long whatIf, HttpContext http, StaffingWhatIfStore whatIfs,
        CancellationToken cancellationToken)
    {
        var stored = await whatIfs.GetAsync(id, whatIf, cancellationToken);
        return stored is null ? Problems.NotFound($"no staffing what-if {whatIf} of solve run {id}") : TypedResults.Ok(View(stored, http));
    }

    public static async Task<Results<Accepted<StaffingWhatIfView>, ProblemHttpResult>> CancelAsync(long id, long whatIf, ClaimsPrincipal user, HttpContext http,
        StaffingWhatIfStore whatIfs, CancellationToken cancellationToken)
    {
        if (await whatIfs.RequestCancelAsync(id, whatIf, user.Who(), cancellationToken) is null)
            return Problems.NotFound($"no staffing what-if {whatIf} of solve run {id}");
        var stored = await whatIfs.GetAsync(id, whatIf, cancellationToken);
        return TypedResults.Accepted(Path(id, whatIf), View(stored!, http));
    }

    public static async Task<Results<Ok<StaffingAdoption>, ProblemHttpResult>> AdoptAsync(long id, long whatIf, StaffingAdoptRequest request, ClaimsPrincipal user,
        HttpContext http, StaffingAdopter adopter, CancellationToken cancellationToken)
    {
        var outcome = await adopter.AdoptAsync(id, whatIf, request, user.Who(), cancellationToken);
        if (outcome.Value is not { } adoption) return outcome.Problem();
        return TypedResults.Ok(adoption with { Register = CountyRoutes.ApiPath(http, adoption.Register) });
    }

    private static string Path(long run, long whatIf) => $"/api/solves/{run}/staffing/{whatIf}";

    /// <summary>The stored what-if as the API and the page show it.</summary>
    public static StaffingWhatIfView View(StoredStaffingWhatIf w, HttpContext http)
    {
        var rows = StaffingWhatIfRows.Read(w);
        var goal = w.GoalPercent is { } percent ? StaffingGoal.OfPercent(percent, out _) : null;
        return new(w.Id, w.Run, Enum.Parse<SolveState>(w.State, ignoreCase: true), w.Additions, w.Suggested, rows,
            w.Error, w.CancelRequested, w.CreatedBy, w.CreatedAt, w.FinishedAt, CountyRoutes.ApiPath(http, Path(w.Run, w.Id)),
            w.GoalPercent, goal?.Cheapest(rows)?.Added, goal is null || rows.Count == 0 ? null : goal.MetBy(rows[0]));
    }
}
