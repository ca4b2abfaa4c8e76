using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Tests.Shared;

namespace Scheduler.Data.Tests;

/// <summary>samples/tiny.json read through the contract reader: the register the store tests save.</summary>
public static class Samples
{
    private static readonly Lazy<Instance> TinyInstance = new(() =>
    {
        var root = ValidatorScript.RepoRoot ?? throw new InvalidOperationException("no Scheduler.sln above the tests");
        var read = ContractJson.ReadInstance(File.ReadAllText(Path.Combine(root, "samples", "tiny.json")));
        return read.Value ?? throw new InvalidOperationException("samples/tiny.json does not read: " + string.Join("; ", read.Errors));
    });

    /// <summary>tiny.json's instance (with its needs).</summary>
    public static Instance Tiny => TinyInstance.Value;

    /// <summary>tiny.json's register moved to <paramref name="year"/>, without needs.</summary>
    public static Instance TinyRegister(int year) => Tiny with { Year = year, Needs = [] };
}
