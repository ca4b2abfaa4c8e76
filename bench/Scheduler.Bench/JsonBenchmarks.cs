using BenchmarkDotNet.Attributes;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;

namespace Scheduler.Bench;

/// <summary>Reading and writing a generated 60,000-enterprise instance with the contract's source-generated JSON.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private Instance _instance = null!;
    private string _json = "";

    [Params(60_000)]
    public int Enterprises { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _instance = Counties.Of(Enterprises);
        _json = ContractJson.Write(_instance);
    }

    [Benchmark]
    public string WriteInstance() => ContractJson.Write(_instance);

    [Benchmark]
    public Instance ReadInstance()
    {
        var result = ContractJson.ReadInstance(_json);
        return result.Value ?? throw new InvalidOperationException("the generated instance did not read back");
    }
}
