using Hangfire.Dashboard;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Hosting;

/// <summary>
/// Lets the installation's own office (authenticated by the normal pipeline) into the Hangfire dashboard; nobody else. The
/// dashboard shows every county's jobs, so a county on the platform (its tokens carry a county) is kept out.
/// </summary>
public sealed class OfficeDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.IsInRole(TokenIdentity.Office) && SessionPrincipal.County(user) is null;
    }
}
