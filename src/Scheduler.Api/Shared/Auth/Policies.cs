namespace Scheduler.Api.Shared.Auth;

/// <summary>Authorization policy names.</summary>
public static class Policies
{
    public const string Office = "office";
    public const string Department = "department";
    public const string Anyone = "anyone";
    public const string Province = "province";
}
