using Scheduler.Api.Endpoints;
using Scheduler.Api.Hosting;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSchedulerOptions();
builder.Services.AddSchedulerDatabase();      // NpgsqlDataSource, stores, migrations + office token at start-up
builder.Services.AddSchedulerAuth();          // bearer tokens: office or department
builder.Services.AddSchedulerJobs();          // Hangfire on PostgreSQL, the solve job
builder.Services.AddSchedulerProblems();      // every error as ProblemDetails
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();

app.UseExceptionHandler();
app.UseMiddleware<BodySizeLimit>();         // Scheduler:MaxBodyMegabytes, 413 beyond
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/health");
app.MapOpenApi();                           // /openapi/v1.json
app.MapScalarApiReference();                // /scalar
app.MapSchedulerDashboard("/hangfire");
app.MapTokenEndpoints();
app.MapRegisterEndpoints();
app.MapNeedEndpoints();
app.MapSolveEndpoints();

app.Run();
