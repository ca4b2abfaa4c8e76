namespace Scheduler.Generator.Tests.Support;

/// <summary>Generated counties shared by the tests (each generated once per test run).</summary>
internal static class Counties
{
    private static readonly Lazy<GeneratedCounty> Fifty = new(() => CountyGenerator.Generate(new GeneratorOptions { Enterprises = 50, Seed = 3 }));
    private static readonly Lazy<GeneratedCounty> Default = new(() => CountyGenerator.Generate(SampleOptions.Xiangshan300));
    private static readonly Lazy<GeneratedCounty> DefaultSized = new(() => CountyGenerator.Generate(SampleOptions.Xiangshan300Sized));
    private static readonly Lazy<GeneratedCounty> LargeSized = new(() => CountyGenerator.Generate(new GeneratorOptions { Enterprises = 5000, Seed = 11, Staff = StaffSize.Sized }));
    private static readonly Lazy<GeneratedCounty> County = new(() => CountyGenerator.Generate(new GeneratorOptions { Enterprises = 12000, Seed = 1 }));
    private static readonly Lazy<GeneratedCounty> Tight = new(() => CountyGenerator.Generate(SampleOptions.Tight200));
    private static readonly Lazy<GeneratedCounty> Infeasible = new(() => CountyGenerator.Generate(SampleOptions.Infeasible60));
    private static readonly Lazy<GeneratedCounty> Large = new(() => CountyGenerator.Generate(new GeneratorOptions { Enterprises = 5000, Seed = 11 }));
    private static readonly Lazy<GeneratedCounty> LargeInfeasible = new(() => CountyGenerator.Generate(new GeneratorOptions { Enterprises = 5000, Seed = 12, Infeasible = true }));

    public static GeneratedCounty Of50 => Fifty.Value;
    public static GeneratedCounty Of300 => Default.Value;
    public static GeneratedCounty Of300Sized => DefaultSized.Value;
    public static GeneratedCounty Of5000Sized => LargeSized.Value;
    /// <summary>The seed county's size, 12,000 enterprises, with its default fixed staff (370 officers).</summary>
    public static GeneratedCounty Of12000 => County.Value;
    public static GeneratedCounty Tight200 => Tight.Value;
    public static GeneratedCounty Infeasible60 => Infeasible.Value;
    public static GeneratedCounty Of5000 => Large.Value;
    public static GeneratedCounty Infeasible5000 => LargeInfeasible.Value;

    /// <summary>Every name <see cref="ByName"/> knows, for theories.</summary>
    public static TheoryData<string> AllNames => ["50", "300", "tight200", "infeasible60", "5000", "infeasible5000"];

    /// <summary><see cref="AllNames"/> without the 5,000-enterprise infeasible county.</summary>
    public static TheoryData<string> AllNamesButInfeasible5000 => ["50", "300", "tight200", "infeasible60", "5000"];

    /// <summary>A county by name, for theories.</summary>
    public static GeneratedCounty ByName(string name) => name switch
    {
        "50" => Of50,
        "300" => Of300,
        "tight200" => Tight200,
        "infeasible60" => Infeasible60,
        "5000" => Of5000,
        "300sized" => Of300Sized,
        "5000sized" => Of5000Sized,
        "12000" => Of12000,
        "infeasible5000" => Infeasible5000,
        _ => throw new ArgumentException(name),
    };
}
