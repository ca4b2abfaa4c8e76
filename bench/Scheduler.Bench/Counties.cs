using System.Collections.Concurrent;
using Scheduler.Domain.Model;
using Scheduler.Generator;

namespace Scheduler.Bench;

/// <summary>The generated counties the suites run on (seed 1, the generator's defaults), made once per process.
/// Staff "scaled" is the generator's default fixed staff (370 officers per 12,000 enterprises); "sized" the officers
/// sized from the witness plan (the counties of before fixed staff).</summary>
public static class Counties
{
    private static readonly ConcurrentDictionary<(int, string), Instance> Made = new();

    public static Instance Of(int enterprises, string staff = "scaled") =>
        Made.GetOrAdd((enterprises, staff), key => CountyGenerator.Generate(new GeneratorOptions
        {
            Enterprises = key.Item1,
            Seed = 1,
            Staff = key.Item2 switch
            {
                "scaled" => StaffSize.Scaled,
                "sized" => StaffSize.Sized,
                _ => throw new ArgumentOutOfRangeException(nameof(staff), $"staff is 'scaled' or 'sized', not '{key.Item2}'"),
            },
        }).Instance);
}
