namespace Scheduler.Data.Stores;

/// <summary>Who a bearer token stands for: the office, or one department (<paramref name="Department"/> set).</summary>
public sealed record TokenIdentity(long Id, string Role, string? Department)
{
    public const string Office = "office";
    public const string DepartmentRole = "department";

    /// <summary>The name audit rows carry: "office#1", "SCJG#3".</summary>
    public string Who => $"{Department ?? Office}#{Id}";
}
