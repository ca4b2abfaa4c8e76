namespace Scheduler.Generator.Tests.Support;

/// <summary>The options the committed samples (samples/*.json) are generated with.</summary>
internal static class SampleOptions
{
    public static readonly GeneratorOptions Xiangshan300 = new() { Enterprises = 300, Seed = 1, Year = 2026, Name = "xiangshan-300-s1" };

    /// <summary>The same county with the staff sized from the witness plan (<c>--officers sized</c>), as samples were before fixed staff.</summary>
    public static readonly GeneratorOptions Xiangshan300Sized = Xiangshan300 with { Staff = StaffSize.Sized, Name = "xiangshan-300-s1-sized" };

    public static readonly GeneratorOptions Tight200 = new() { Enterprises = 200, Seed = 1, Year = 2026, CapacitySlack = 1.0, GreenCap = 1, Name = "tight-200-s1" };

    public static readonly GeneratorOptions Infeasible60 = new() { Enterprises = 60, Seed = 1, Year = 2026, Infeasible = true, Name = "infeasible-60-s1" };
}
