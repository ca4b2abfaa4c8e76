using Hangfire;

namespace Scheduler.Api.Hosting;

public static class DashboardExtensions
{
    /// <summary>The Hangfire dashboard, for the office only.</summary>
    public static IEndpointRouteBuilder MapSchedulerDashboard(this IEndpointRouteBuilder app, string path)
    {
        app.MapHangfireDashboard(path, new DashboardOptions { Authorization = [new OfficeDashboardFilter()] });
        return app;
    }
}
