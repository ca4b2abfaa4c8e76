using System.Security.Claims;
using Microsoft.AspNetCore.Components;

namespace Scheduler.Api.Shared.Auth;

/// <summary>
/// The base of every page under /departments/{Code}: the department itself and the office may open it; another
/// department gets 403 and the denied message (render <see cref="Denied"/> first). Pages also require sign-in through
/// their [Authorize] attribute.
/// </summary>
public abstract class DepartmentPage : ComponentBase
{
    [CascadingParameter] protected HttpContext HttpContext { get; set; } = default!;

    /// <summary>The department's id in the register, from the route.</summary>
    [Parameter] public string Code { get; set; } = "";

    protected ClaimsPrincipal User => HttpContext.User;

    /// <summary>True when the signed-in user may not see this department's pages (the response is already 403).</summary>
    protected bool Denied { get; private set; }

    protected override void OnParametersSet()
    {
        Denied = !MayOpen(User, Code);
        if (Denied && !HttpContext.Response.HasStarted) HttpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
    }

    public static bool MayOpen(ClaimsPrincipal user, string code) =>
        user.IsOffice() || string.Equals(user.Department(), code, StringComparison.Ordinal);
}
