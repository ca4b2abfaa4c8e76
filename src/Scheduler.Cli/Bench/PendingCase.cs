using Scheduler.Domain.Model;

namespace Scheduler.Cli.Bench;

/// <summary>A bench instance not made yet: generated instances are made just before their runs, so only one is in memory at a time.</summary>
internal sealed record PendingCase(BenchCase Case, Func<Instance> Load);
