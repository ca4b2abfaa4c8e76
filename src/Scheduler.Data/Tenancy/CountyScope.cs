using System.Text.RegularExpressions;

namespace Scheduler.Data.Tenancy;

/// <summary>
/// The county a request or a job works in, for the stores: each county's tables live in a PostgreSQL schema of their
/// own ("county_330681"), so a query can only ever see the county in scope (<see cref="CountyDataSource"/> sets the
/// search path on every connection it opens). Null is the installation's own county, in the public schema: a
/// single-county installation never names one. Set it where the county becomes known (the county route, a session's
/// claim, a job's argument) with <c>using (CountyScope.Use(code))</c>; it flows down through awaits.
/// </summary>
public static partial class CountyScope
{
    private static readonly AsyncLocal<string?> Current_ = new();

    /// <summary>The county code in scope, or null for the installation's own county.</summary>
    public static string? Current => Current_.Value;

    /// <summary>The schema of the county in scope.</summary>
    public static string Schema => SchemaOf(Current_.Value);

    /// <summary>"public" for the installation's own county, "county_" + code for the others.</summary>
    public static string SchemaOf(string? county) => county is null ? "public" : "county_" + Checked(county);

    /// <summary>True for a county code: six digits, as the administrative division codes are (330681).</summary>
    public static bool IsCode(string? code) => code is not null && CodePattern().IsMatch(code);

    /// <summary>Puts <paramref name="county"/> in scope until the returned handle is disposed.</summary>
    public static IDisposable Use(string? county)
    {
        if (county is not null) Checked(county);
        var previous = Current_.Value;
        Current_.Value = county;
        return new Restore(previous);
    }

    private static string Checked(string county) =>
        IsCode(county) ? county : throw new ArgumentException($"'{county}' is not a county code (six digits)", nameof(county));

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex CodePattern();

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Current_.Value = previous;
    }
}
