using Scheduler.Cli.Tests.Support;
using Scheduler.Tests.Shared;

namespace Scheduler.Cli.Tests.Commands;

/// <summary>generate → plan → validate on a tiny generated county, then the independent Python check.</summary>
public sealed class RoundTripTests : IClassFixture<RoundTripTests.TinyCounty>
{
    private readonly TinyCounty _county;

    public RoundTripTests(TinyCounty county) => _county = county;

    [Fact]
    public void GeneratePlanValidate_ReturnZero_OnTinyCounty()
    {
        Assert.True(_county.Generate.ExitCode == 0, _county.Generate.ToString());
        Assert.True(_county.Plan.ExitCode == 0, _county.Plan.ToString());
        Assert.True(_county.Validate.ExitCode == 0, _county.Validate.ToString());
    }

    [SkippableFact]
    public void Plan_PassesPythonValidator_OnTinyCounty()
    {
        Skip.IfNot(ValidatorScript.Available, ValidatorScript.UnavailableReason);
        Assert.True(File.Exists(_county.PlanFile), _county.Plan.ToString());

        var (exitCode, report) = ValidatorScript.RunFiles(_county.InstanceFile, _county.PlanFile);

        Assert.True(exitCode == 0, report.ToString());
    }

    /// <summary>Runs the three commands once for the class.</summary>
    public sealed class TinyCounty : IDisposable
    {
        private readonly TestFiles _files = new();

        public TinyCounty()
        {
            InstanceFile = _files.Temp("county.json");
            PlanFile = _files.Temp("plan.json");
            Generate = CliRun.Of("generate", "--enterprises", "20", "--seed", "3", "-o", InstanceFile);
            Plan = CliRun.Of("plan", InstanceFile, "-o", PlanFile, "--time-limit", "3", "--workers", "1");
            Validate = CliRun.Of("validate", InstanceFile, PlanFile);
        }

        public string InstanceFile { get; }
        public string PlanFile { get; }
        internal CliRun Generate { get; }
        internal CliRun Plan { get; }
        internal CliRun Validate { get; }

        public void Dispose() => _files.Dispose();
    }
}
