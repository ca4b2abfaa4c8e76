using BenchmarkDotNet.Running;

// BenchmarkDotNet suites of the hot paths; pick them with --filter, e.g. --filter '*Json*' (see bench/README.md).
BenchmarkSwitcher.FromAssembly(typeof(Scheduler.Bench.Counties).Assembly).Run(args);
