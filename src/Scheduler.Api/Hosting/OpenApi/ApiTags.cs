namespace Scheduler.Api.Hosting.OpenApi;

/// <summary>The OpenAPI document's tags: every operation carries one, and the document describes each.</summary>
public static class ApiTags
{
    public const string Tokens = "Tokens";
    public const string Register = "Register";
    public const string Needs = "Needs";
    public const string Solves = "Solves";
    public const string Plans = "Plans";
    public const string Draws = "Draws";
    public const string Records = "Records";
    public const string Replans = "Replans";
    public const string Province = "Province";

    /// <summary>Each tag with its description, in the order the document lists them.</summary>
    public static IReadOnlyList<(string Name, string Description)> All { get; } =
    [
        (Tokens, "Bearer tokens (office only): issue one for a department or the office, list them, revoke one. A token is shown once and stored only hashed."),
        (Register, "The year's register: the spec's instance without its needs. Every save by the office is a new version; departments read it to fill in their needs."),
        (Needs, "Each department's needs for the year. Every submission is stored as the department's next version; earlier versions stay readable."),
        (Solves, "Solve runs: a snapshot of the register and every department's latest needs, planned as a background job. Poll a run for its state, progress and figures."),
        (Plans, "A run's annual plan and monthly plans, as the spec's JSON or as xlsx. The office reads all of a plan; a department reads its part."),
        (Draws, "Sampling rules (双随机): each department's rules.json, stored as versions; the office's draws from the register and every department's latest rules, stored as versions and published (公示), after which they never change."),
        (Records, "What became of a run's planned visits (records.json): done or not done, uploaded as versions (corrections are later versions, nothing is lost), read merged. The office records any visit, a department the visits holding its tasks."),
        (Replans, "Replanning the rest of the year from a month on (history pinned, the month frozen except where a change forces it) as a new run that replaces the old one, and the difference between them."),
        (Province, "The province's platform (province token only): the counties it hosts, each with its own registers, needs, solves, plans, tokens and audit in a schema of its own. Every county's routes are /api/counties/{county}/... (the routes without a county are the installation's own county)."),
    ];
}
