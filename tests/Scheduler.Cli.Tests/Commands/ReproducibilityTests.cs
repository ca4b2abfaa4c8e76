using Scheduler.Cli.Tests.Support;

namespace Scheduler.Cli.Tests.Commands;

/// <summary>
/// The same instance, options and seed write the same files, whatever else the machine is doing: two runs of `plan`
/// (the staffed year, with its months) and of `month`, each pair running while another solve of a different seed runs
/// beside it.
/// </summary>
public sealed class ReproducibilityTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "TestData", "xiangshan-300.json");

    [Fact]
    public async Task Plan_WritesIdenticalFiles_WhenRunTwiceWithOneSeedBesideAnotherSolve()
    {
        var runs = new[] { ("a", "5"), ("b", "5"), ("other", "6") }.Select(r => Task.Run(() =>
        {
            var (name, seed) = r;
            var run = CliRun.Of("plan", Sample, "-o", _files.Temp($"{name}.json"), "--months", _files.Temp($"{name}-months"),
                "--seed", seed, "--work", "5", "--workers", "2");
            Assert.True(run.ExitCode == 0, run.ToString());
            return run;
        })).ToArray();
        await Task.WhenAll(runs);

        Assert.Equal(File.ReadAllBytes(_files.Temp("a.json")), File.ReadAllBytes(_files.Temp("b.json")));
        for (int m = 1; m <= 12; m++)
        {
            var name = $"month-{m:00}.json";
            Assert.Equal(File.ReadAllBytes(Path.Combine(_files.Temp("a-months"), name)), File.ReadAllBytes(Path.Combine(_files.Temp("b-months"), name)));
        }
        // Another seed draws other officers: the files do depend on the seed.
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(_files.Temp("a-months"), "month-03.json")),
            File.ReadAllBytes(Path.Combine(_files.Temp("other-months"), "month-03.json")));
    }

    [Fact]
    public async Task Month_WritesIdenticalFiles_WhenRunTwiceWithOneSeedBesideAnotherSolve()
    {
        var plan = _files.Temp("annual.json");
        var annual = CliRun.Of("plan", Sample, "-o", plan, "--staff", "ignore", "--work", "5");
        Assert.True(annual.ExitCode == 0, annual.ToString());

        var runs = new[] { ("a", "9"), ("b", "9"), ("other", "10") }.Select(r => Task.Run(() =>
        {
            var (name, seed) = r;
            var run = CliRun.Of("month", Sample, plan, "--month", "3", "-o", _files.Temp($"{name}-03.json"), "--seed", seed);
            Assert.True(run.ExitCode == 0, run.ToString());
        })).ToArray();
        await Task.WhenAll(runs);

        Assert.Equal(File.ReadAllBytes(_files.Temp("a-03.json")), File.ReadAllBytes(_files.Temp("b-03.json")));
    }
}
