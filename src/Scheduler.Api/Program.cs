using System.Text.Encodings.Web;
using System.Text.Unicode;
using Scalar.AspNetCore;
using Scheduler.Api.Counties;
using Scheduler.Api.Draws;
using Scheduler.Api.Hosting;
using Scheduler.Api.Hosting.OpenApi;
using Scheduler.Api.Needs;
using Scheduler.Api.Plans;
using Scheduler.Api.Province;
using Scheduler.Api.ProvinceRuns;
using Scheduler.Api.Records;
using Scheduler.Api.Replans;
using Scheduler.Api.Register;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Layout;
using Scheduler.Api.Solves;
using Scheduler.Api.Staffing;
using Scheduler.Api.Tokens;

var builder = WebApplication.CreateBuilder(args);
// Serve wwwroot and the scoped CSS from the build output in every environment (tests and serve.sh run the build, not a
// publish); a published app has no static web assets manifest and this does nothing.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddSchedulerOptions();
builder.Services.AddSchedulerDatabase();      // NpgsqlDataSource, stores, migrations + office token at start-up
builder.Services.AddSchedulerAuth();          // bearer tokens or the pages' session cookie: office or department
builder.Services.AddSchedulerJobs();          // Hangfire on PostgreSQL, the solve job
builder.Services.AddSchedulerProblems();      // every error as ProblemDetails
builder.Services.AddSchedulerOpenApi();   // /openapi/v1.json as a contract (Scheduler.Api.OpenApi)
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddRazorComponents();        // the pages: static server rendering, no circuits
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All)); // pages keep Chinese as text, not &#x...; entities

var app = builder.Build();
// Scheduler:Role (docs/deploy.md): a worker process runs the job servers (JobServers) and answers only its health.
var role = ServerRole.Parse(app.Configuration[ServerRole.Setting]);

app.UseExceptionHandler();
if (!role.Web)
{
    app.MapHealthChecks("/health");
    app.MapHealthChecks("/health/ready");
    app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false });
    app.Run();
    return;
}
app.UseMiddleware<BodySizeLimit>();         // Scheduler:MaxBodyMegabytes, 413 beyond
app.UseMiddleware<CountyRoutes>();          // /api/counties/{county}/... : that county in scope, the route without the prefix
app.UseMiddleware<DatabaseRetry>();         // one replay of a request a transient database fault failed, where safe
app.UseWhen(context => WebPaths.IsPage(context.Request.Path),
    pages => pages.UseStatusCodePagesWithReExecute("/not-found"));   // a page's 404 is the friendly not-found page
app.UseWhen(context => !WebPaths.IsPage(context.Request.Path),
    api => api.UseStatusCodePages());                                // the API's is ProblemDetails
app.UseRouting();                           // after the status code pages, so a re-executed /not-found is routed
app.UseSchedulerLocalization();             // zh-CN unless the "lang" cookie says English
app.UseAuthentication();
app.UseMiddleware<CountyOfCaller>();        // a county's token in its own county only; the province reads
app.UseAuthorization();
app.UseAntiforgery();
app.UseMiddleware<StrictJsonBodies>();      // API bodies, once authorized: JSON only (415), no control characters (400)

app.MapHealthChecks("/health");            // readiness, as /health/ready
app.MapHealthChecks("/health/ready");
app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false });
app.MapOpenApi();                           // /openapi/v1.json
app.MapScalarApiReference();                // /scalar
app.MapSchedulerDashboard("/hangfire");
app.MapTokenEndpoints();
app.MapCountyEndpoints();                 // the province's counties (province token)
app.MapProvinceEndpoints();               // the province's targets and its comparison of the counties
app.MapProvinceRunEndpoints();            // province runs: every county's solve as its own job, closed once
app.MapRegisterEndpoints();
app.MapNeedEndpoints();
app.MapSolveEndpoints();
app.MapPlanEndpoints();                    // a run's plan and months: the spec's JSON or xlsx
app.MapRecordEndpoints();                  // what became of a run's visits: records.json versions
app.MapReplanEndpoints();                  // replan a run from a month on; the difference
app.MapStaffingEndpoints();                // the staffing check of the assembled instance
app.MapStaffingWhatIfEndpoints();          // what more officers buy: a staffed run planned again with officers added
app.MapRuleEndpoints();                    // departments' sampling rules, versioned
app.MapDrawEndpoints();                    // the office's draws from rules, published (公示)
app.MapStaticAssets();
app.MapWebEndpoints();
app.MapOfficeDownloads();                  // the office's files: register workbook, plan xlsx/json/ics/zip
app.MapDepartmentFiles();                  // department xlsx template, draft and version downloads
app.MapDrawFiles();                        // a published draw's replay files and 公示 xlsx
app.MapRuleFiles();                        // a department's rules workbook (template with its latest rules)
app.MapRazorComponents<App>();

app.Run();
