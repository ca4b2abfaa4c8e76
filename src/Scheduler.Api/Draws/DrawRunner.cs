using System.Security.Cryptography;
using System.Text;
using Scheduler.Data.Stores;
using Scheduler.Domain.Draws;
using Scheduler.Domain.Json;
using Scheduler.Domain.Validation;

namespace Scheduler.Api.Draws;

/// <summary>
/// Runs a draw in the request (about a second on 60,000 enterprises, docs/draws.md): the current register and every
/// department's latest rules, merged (<see cref="RulesMerge"/>), checked by the domain's <see cref="RegisterChecks"/> and
/// <see cref="RuleChecks"/>, drawn by <see cref="Drawer"/>, the drawn instance validated; only then is the draw stored as
/// the year's next version, with the merged rules.json and the register version it read, so it replays with
/// <c>scheduler draw --verify</c>. Any problem stores nothing.
/// </summary>
public sealed class DrawRunner(RegisterStore registers, RuleStore rules, DrawStore draws)
{
    /// <summary>The register as the draw's files carry it (<c>register.json</c>), whose SHA-256 the record holds.</summary>
    public static string RegisterFile(Domain.Model.Instance register) => ContractJson.Write(register) + "\n";

    /// <summary>The merged rules as the draw's files carry them (<c>rules.json</c>).</summary>
    public static string RulesFile(string rulesJson) => rulesJson + "\n";

    public async Task<DrawAttempt> DrawAsync(int year, DrawStartBody start, string who, CancellationToken cancellationToken)
    {
        if (await registers.GetAsync(year, null, cancellationToken) is not { } saved) return DrawAttempt.NoRegister();
        var existing = await draws.ListAsync(year, cancellationToken);
        if (existing.Any(d => d.Published) && start.Reason is null)
            return DrawAttempt.Invalid([new InputError("$.reason", $"{year} has a published draw; a new draw is a new version: give the reason for it")]);

        DrawRecord? previous = null;
        string? previousSha = null;
        if (start.Mode == DrawModes.Spread)
        {
            var last = (await draws.ListAsync(year - 1, cancellationToken)).FirstOrDefault(d => d.Published);
            if (last is null) return DrawAttempt.Invalid([new InputError("$.mode", $"spread draws from last year's published draw, and {year - 1} has none")]);
            if (start.Seed is { } s && s != last.Seed)
                return DrawAttempt.Invalid([new InputError("$.seed", $"seed {s} differs from {year - 1}'s published draw's seed {last.Seed}: spread keeps the public numbers, so it draws with last year's seed (leave the seed out)")]);
            previous = DrawJson.ReadRecord(last.RecordJson).Value;
            previousSha = Sha256(last.RecordJson + "\n");
        }

        var register = saved.Register;
        var registerErrors = RegisterChecks.Check(register);
        if (registerErrors.Count > 0) return DrawAttempt.Invalid([.. registerErrors.Select(e => e with { Path = "register" + e.Path.TrimStart('$') })]);
        var (merged, mergeErrors) = RulesMerge.Merge(year, await rules.LatestAsync(year, cancellationToken));
        if (merged is null) return DrawAttempt.Invalid(mergeErrors);
        var ruleErrors = RuleChecks.Check(register, merged);
        if (ruleErrors.Count > 0) return DrawAttempt.Invalid(ruleErrors);

        var rulesJson = DrawJson.Write(merged);
        var request = new DrawRequest
        {
            Seed = start.Seed ?? previous!.Seed,
            Mode = start.Mode ?? DrawModes.Coordinated,
            Previous = previous,
            PreviousSha256 = previousSha,
            RegisterSha256 = Sha256(RegisterFile(register)),
            RulesSha256 = Sha256(RulesFile(rulesJson)),
        };
        var outcome = Drawer.Draw(register, merged, request);
        var problems = InstanceValidator.Validate(outcome.Instance);
        if (problems.Count > 0) return DrawAttempt.Invalid(problems);
        var stored = await draws.AddAsync(year, request.Seed, request.Mode, start.Reason, saved.Version.Version, rulesJson,
            DrawJson.Write(outcome.Record), who, cancellationToken);
        return DrawAttempt.Stored(stored);
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
