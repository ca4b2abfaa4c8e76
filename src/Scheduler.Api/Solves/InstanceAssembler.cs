using Scheduler.Data.Stores;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Solves;

/// <summary>Builds a year's instance: its register plus the latest needs of each department, departments in id order.</summary>
public sealed class InstanceAssembler(RegisterStore registers, NeedStore needs)
{
    public async Task<Instance?> AssembleAsync(int year, CancellationToken cancellationToken)
    {
        var register = await registers.GetAsync(year, cancellationToken);
        if (register is null) return null;
        return register with { Needs = await NeedsAsync(year, cancellationToken) };
    }

    /// <summary>Every department's latest submitted needs of the year, departments in id order.</summary>
    public async Task<List<Need>> NeedsAsync(int year, CancellationToken cancellationToken)
    {
        var latest = await needs.LatestAsync(year, cancellationToken);
        return [.. latest.OrderBy(s => s.Department, StringComparer.Ordinal).SelectMany(s => NeedsJson.Read(s.NeedsJson))];
    }
}
