using System.Collections.Concurrent;
using Scheduler.Domain.Model;
using Scheduler.Generator;

namespace Scheduler.Bench;

/// <summary>The generated counties the suites run on (seed 1, the generator's defaults), made once per process.</summary>
public static class Counties
{
    private static readonly ConcurrentDictionary<int, Instance> Made = new();

    public static Instance Of(int enterprises) =>
        Made.GetOrAdd(enterprises, n => CountyGenerator.Generate(new GeneratorOptions { Enterprises = n, Seed = 1 }).Instance);
}
