using System.Text.RegularExpressions;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Validation;

namespace Scheduler.Api.Needs;

/// <summary>
/// Validates a department's needs for a year and stores them as its next version: the one rule shared by
/// PUT /api/years/{year}/needs and the department pages' submit button, so both give identical answers.
/// </summary>
public static partial class NeedSubmitter
{
    /// <summary>
    /// Checks the needs without storing them: every problem, in the order the API reports them. <paramref name="register"/>:
    /// the year's current register when the caller has already read it (else it is read here).
    /// </summary>
    public static async Task<NeedCheck> CheckAsync(int year, string department, IReadOnlyList<Need> needs,
        RegisterStore registers, NeedStore store, CancellationToken cancellationToken, Instance? register = null)
    {
        var foreign = needs.Select((n, i) => (n, i)).Where(x => !string.Equals(x.n.Department, department, StringComparison.Ordinal))
            .Select(x => new InputError($"$.needs[{x.i}].department",
                $"need '{x.n.Id}' belongs to department '{x.n.Department}'; a {department} token submits {department}'s needs only"))
            .ToList();
        if (foreign.Count > 0) return new NeedCheck(NeedCheckOutcome.Foreign, foreign);

        register ??= await registers.GetAsync(year, cancellationToken);
        if (register is null) return new NeedCheck(NeedCheckOutcome.NoRegister, [new InputError("$", $"no register for {year}; the office saves it first")]);
        if (!register.Departments.Any(d => d.Id == department))
            return new NeedCheck(NeedCheckOutcome.Invalid, [new InputError("$", $"department '{department}' is not in the register of {year}")]);

        // The other departments' latest needs, parsed once per version (NeedStore keeps them).
        var others = await store.LatestNeedsAsync(year, department, cancellationToken);
        var errors = InstanceValidator.Validate(register with { Needs = [.. needs, .. others] })
            .Select(e => Relate(e, needs.Count)).ToList();
        return new NeedCheck(errors.Count > 0 ? NeedCheckOutcome.Invalid : NeedCheckOutcome.Valid, errors);
    }

    /// <summary>Checks the needs and, only when there is no problem, stores them as the department's next version.</summary>
    public static async Task<(NeedCheck Check, NeedSubmission? Submission)> SubmitAsync(int year, string department, IReadOnlyList<Need> needs,
        string who, RegisterStore registers, NeedStore store, CancellationToken cancellationToken)
    {
        var check = await CheckAsync(year, department, needs, registers, store, cancellationToken);
        if (check.Outcome != NeedCheckOutcome.Valid) return (check, null);
        return (check, await store.SubmitAsync(year, department, needs, who, cancellationToken));
    }

    /// <summary>The index of the submitted need an error's path points into ($.needs[i]...), or null.</summary>
    public static int? NeedIndex(InputError error)
    {
        var match = NeedPath().Match(error.Path);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// The submitted needs come first in the validated instance, so their errors keep the body's paths; an error in
    /// another department's needs (a clash such as a shared need id) is reported at $.needs, saying so.
    /// </summary>
    private static InputError Relate(InputError error, int submitted)
    {
        if (NeedIndex(error) is not { } index || index < submitted) return error;
        return new InputError("$.needs", "clashes with another department's submitted needs: " + error.Message);
    }

    [GeneratedRegex(@"^\$\.needs\[(\d+)\]")]
    private static partial Regex NeedPath();
}
