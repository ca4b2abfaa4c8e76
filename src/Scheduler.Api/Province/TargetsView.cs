using Scheduler.Data.Tenancy;

namespace Scheduler.Api.Province;

/// <summary>The province's targets for a year as the API shows them: fractions (0.5 = 50%) and the needs deadline (yyyy-MM-dd, China time).</summary>
public sealed record TargetsView(int Year, double JointRate, double ChecksCut, DateOnly? NeedsDeadline, string SetBy, DateTimeOffset SetAt)
{
    public static TargetsView Of(ProvinceTargets targets) =>
        new(targets.Year, targets.JointRate, targets.ChecksCut, targets.NeedsDeadline, targets.SetBy, targets.SetAt);
}
