namespace Scheduler.Generator;

/// <summary>Generates a Xiangshan-like county, deterministic for a seed.</summary>
public static class CountyGenerator
{
    public static GeneratedCounty Generate(GeneratorOptions options) => throw new NotImplementedException();
}
