namespace Scheduler.Api.Hosting;

/// <summary>
/// What a process of the service does (Scheduler:Role, docs/deploy.md): <c>web</c> serves the API and the pages and only
/// enqueues jobs; <c>worker</c> runs the Hangfire job servers (and the migrations at start-up) and serves nothing but the
/// health endpoints; <c>both</c> (the default) does all of it in one process.
/// </summary>
public sealed record ServerRole(string Name, bool Web, bool Worker)
{
    public const string Setting = "Scheduler:Role";

    public static readonly ServerRole WebOnly = new("web", true, false);
    public static readonly ServerRole WorkerOnly = new("worker", false, true);
    public static readonly ServerRole Both = new("both", true, true);

    /// <summary>The role named <paramref name="value"/> (case-insensitive; empty = both); anything else throws, naming the setting.</summary>
    public static ServerRole Parse(string? value) => value?.ToLowerInvariant() switch
    {
        null or "" or "both" => Both,
        "web" => WebOnly,
        "worker" => WorkerOnly,
        _ => throw new InvalidOperationException(Message(value)),
    };

    /// <summary>The start-up error for a bad value.</summary>
    public static string Message(string? value) =>
        $"{Setting} must be web, worker or both, not \"{value}\" (environment Scheduler__Role)";
}
