using Hangfire.Dashboard;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Hosting;

/// <summary>Lets the office's bearer token (authenticated by the normal pipeline) into the Hangfire dashboard; nobody else.</summary>
public sealed class OfficeDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(TokenIdentity.Office);
}
