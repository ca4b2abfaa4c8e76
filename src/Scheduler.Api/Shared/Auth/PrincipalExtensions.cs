using System.Security.Claims;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Shared.Auth;

public static class PrincipalExtensions
{
    /// <summary>The caller's name for audit rows.</summary>
    public static string Who(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";

    public static bool IsOffice(this ClaimsPrincipal user) => user.IsInRole(TokenIdentity.Office);

    /// <summary>The department of a department token, or null for the office.</summary>
    public static string? Department(this ClaimsPrincipal user) => user.FindFirstValue(BearerTokenHandler.DepartmentClaim);
}
