using Scheduler.Api.Shared;
using Scheduler.Data.Stores;
using Scheduler.Domain.Json;
using Scheduler.Domain.Staffing;
using Scheduler.Domain.Validation;

namespace Scheduler.Api.Staffing;

/// <summary>
/// Makes one of a staffing what-if's changes in the year's register (`POST /api/solves/{id}/staffing/{whatIf}/adopt`,
/// the page's 采用): the officers added as placeholders and the weekday joined to the joint weekdays
/// (<see cref="StaffingChange.Apply"/>), saved as the register's next version only while the register it was made from
/// is still the current one, so a save in between is never overwritten. The office then names the new officers in the
/// register and solves the year again.
/// </summary>
public sealed class StaffingAdopter(StaffingWhatIfStore whatIfs, SolveRunStore runs, RegisterStore registers)
{
    public async Task<Outcome<StaffingAdoption>> AdoptAsync(long run, long whatIf, StaffingAdoptRequest request, string who, CancellationToken cancellationToken)
    {
        if (await whatIfs.GetAsync(run, whatIf, cancellationToken) is not { } stored)
            return Outcome<StaffingAdoption>.NotFound($"no staffing what-if {whatIf} of solve run {run}");
        var compared = StaffingWhatIfRows.Read(stored).Select(r => r.Added).OfType<string>().ToList();
        if (string.IsNullOrWhiteSpace(request.Change))
            return Outcome<StaffingAdoption>.Invalid([new InputError("change", $"name the change to adopt, as its row does: one of {Listed(compared)}")]);
        if (StaffingChange.Parse(request.Change, out var error) is not { } change)
            return Outcome<StaffingAdoption>.Invalid([new InputError("change", error!)]);
        if (!compared.Any(text => change.Equals(StaffingChange.Parse(text, out _))))
            return Outcome<StaffingAdoption>.Invalid([new InputError("change",
                $"'{change}' is not a change what-if {whatIf} has planned: adopt one of {Listed(compared)}")]);

        if (await runs.GetAsync(run, cancellationToken) is not { } solve) return Outcome<StaffingAdoption>.NotFound($"no solve run {run}");
        if (await registers.GetAsync(solve.Year, null, cancellationToken) is not { } current)
            return Outcome<StaffingAdoption>.NotFound($"no register for {solve.Year}");
        var register = current.Register;
        var problems = StaffingChange.Wrong(register, change).ToList();
        if (problems.Count > 0)
            return Outcome<StaffingAdoption>.Refused($"the register of {solve.Year} as it is now (version {current.Version.Version}) does not take '{change}': "
                + string.Join("; ", problems));
        var changed = change.Apply(register);
        var invalid = InstanceValidator.Validate(changed with { Needs = [] });
        if (invalid.Count > 0)
            return Outcome<StaffingAdoption>.Refused($"'{change}' would make the register of {solve.Year} invalid: "
                + string.Join("; ", invalid.Take(3).Select(p => $"{p.Path}: {p.Message}")));

        if (await registers.SaveVersionIfCurrentAsync(solve.Year, changed, current.Version.Version, who, cancellationToken) is not { } saved)
            return Outcome<StaffingAdoption>.Refused($"the register of {solve.Year} was saved again while '{change}' was being adopted: adopt it again");
        return Outcome<StaffingAdoption>.Of(new StaffingAdoption(solve.Year, saved.Version, current.Version.Version, change.ToString(),
            [.. changed.Inspectors.Skip(register.Inspectors.Count).Select(i => i.Id)], [.. changed.Calendar.JointWeekdays],
            $"/api/years/{solve.Year}/register?version={saved.Version}",
            [.. register.Inspectors.Zip(changed.Inspectors).Where(p => p.First.Township is not null && p.Second.Township is null).Select(p => p.First.Id)]));
    }

    private static string Listed(IReadOnlyList<string> compared) =>
        compared.Count == 0 ? "its changes (none is planned yet)" : string.Join(", ", compared.Select(c => $"'{c}'"));
}
