namespace Scheduler.Api.Tests;

/// <summary>Tests that must not share the machine with the other test classes (xunit runs this collection after the parallel ones).</summary>
[CollectionDefinition(KilledServerTests.Alone, DisableParallelization = true)]
public sealed class AloneCollection;
