using Scheduler.Data.Stores;

namespace Scheduler.Api.Shared;

/// <summary>Which plan year a page shows: ?year= when given, else the newest year that has a register (null: none yet).</summary>
public static class PlanYears
{
    public static async Task<int?> ResolveAsync(int? requested, RegisterStore registers, CancellationToken cancellationToken)
    {
        if (requested is { } year) return year;
        var years = await registers.YearsAsync(cancellationToken);
        return years.Count > 0 ? years[0] : null;
    }
}
