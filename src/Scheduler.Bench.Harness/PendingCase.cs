using Scheduler.Domain.Model;

namespace Scheduler.Bench.Harness;

/// <summary>A bench instance not made yet: generated instances are made just before their runs, so only one is in memory at a time.</summary>
public sealed record PendingCase(BenchCase Case, Func<Instance> Load);
