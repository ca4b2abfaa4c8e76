using System.Text.Json;
using Scheduler.Cli.Tests.Support;

namespace Scheduler.Cli.Tests.Commands;

/// <summary>`validate INSTANCE` runs the staffing check; `plan` plans the staffed year and reports it (--json: year, work, staffing).</summary>
public sealed class StaffedPlanTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Validate_ChecksTheInstanceAndItsStaff_WhenNoPlanIsGiven()
    {
        var run = CliRun.Of("validate", TestFiles.Data("tiny-instance.json"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("is a valid instance", run.Out);
        Assert.True(run.Out.Contains("Staffing:") || run.Out.Contains("Warning:"), run.ToString());
    }

    [Fact]
    public void Validate_NamesTheDepartmentWithOneOfficer_AsAWarning()
    {
        var run = CliRun.Of("validate", TestFiles.Data("tiny-instance-one-sthj.json"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("STHJ", run.Out);
        Assert.Contains("none of its visits can be staffed", run.Out);
    }

    [Fact]
    public void Plan_ReportsTheYearTheWorkAndTheStaffingCheck_WhenAskedForJson()
    {
        var run = CliRun.Of("plan", TestFiles.Data("tiny-instance.json"), "-o", _files.Temp("plan.json"), "--months", _files.Temp("months"), "--json", "--work", "3");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var year = json.RootElement.GetProperty("year");
        Assert.Equal(0, year.GetProperty("unassigned").GetInt32());
        Assert.True(year.GetProperty("visits").GetInt32() >= year.GetProperty("perEnterpriseBound").GetInt32());
        Assert.Equal(year.GetProperty("visits").GetInt32() - year.GetProperty("perEnterpriseBound").GetInt32(), year.GetProperty("staffingPrice").GetInt32());
        Assert.True(year.GetProperty("staffingRounds").GetArrayLength() >= 1);
        Assert.False(year.GetProperty("cutByTimeLimit").GetBoolean());
        // Each department's part on the joint weekdays: one row per department of the instance, in its order.
        var departments = year.GetProperty("departments").EnumerateArray().ToList();
        using var instance = JsonDocument.Parse(File.ReadAllText(TestFiles.Data("tiny-instance.json")));
        Assert.Equal(instance.RootElement.GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("id").GetString()),
            departments.Select(d => d.GetProperty("department").GetString()));
        foreach (var d in departments)
        {
            Assert.InRange(d.GetProperty("jointTeamDays").GetDouble(), 0, d.GetProperty("jointTeamDaysPossible").GetInt32());
            Assert.True(d.GetProperty("takenOut").GetInt32() >= 0, d.ToString());
            // Where most were taken out: a township that lost at least one of its joint visits, or none at all.
            if (d.TryGetProperty("mostTakenOutIn", out var most) && most.ValueKind == JsonValueKind.Object)
                Assert.True(most.GetProperty("checks").GetInt32() >= 1, d.ToString());
        }
        Assert.Equal(year.GetProperty("visits").GetInt32(), Visits(_files.Temp("plan.json")));
        var work = json.RootElement.GetProperty("work");
        Assert.Equal(3, work.GetProperty("limit").GetDouble());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("staffing").ValueKind);
    }

    private static int Visits(string plan)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(plan));
        return json.RootElement.GetProperty("visits").GetArrayLength();
    }

    [Fact]
    public void Plan_PrintsEachDepartmentsPartOnTheJointWeekdays_AfterTheYear()
    {
        var run = CliRun.Of("plan", TestFiles.Data("tiny-instance.json"), "-o", _files.Temp("plan.json"), "--months", _files.Temp("months"), "--work", "3");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("team-days", run.Out);
        Assert.Contains("could make", run.Out);
        Assert.True(run.Out.IndexOf("staffing price", StringComparison.Ordinal) < run.Out.IndexOf("could make", StringComparison.Ordinal), run.Out);
    }

    [Fact]
    public void Plan_CountsTheVisitsLeftOutForWantOfEachDepartmentsOfficers_AlsoWhenStaffIsIgnored()
    {
        // 300 enterprises and 44 officers: the plan that ignores staff leaves visits out in its months.
        var county = _files.Temp("county.json");
        Assert.Equal(0, CliRun.Of("generate", "--enterprises", "300", "--seed", "1", "--officers", "44", "-o", county).ExitCode);

        var run = CliRun.Of("plan", county, "-o", _files.Temp("plan.json"), "--months", _files.Temp("months"), "--staff", "ignore", "--json", "--work", "3");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var year = json.RootElement.GetProperty("year");
        int unscheduled = year.GetProperty("unscheduled").GetInt32();
        Assert.True(unscheduled > 0, year.ToString());
        var leftOut = year.GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("leftOut").GetInt32()).ToList();
        // Each left-out visit waits for one department or more; none counts more than the visits left out.
        Assert.True(leftOut.Sum() >= 1, year.ToString());
        Assert.All(leftOut, n => Assert.InRange(n, 0, unscheduled));
    }

    [Fact]
    public void Plan_ReturnsTwo_WhenStaffModeUnknown()
    {
        var run = CliRun.Of("plan", TestFiles.Data("tiny-instance.json"), "-o", _files.Temp("plan.json"), "--staff", "maybe");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--staff must be fit or ignore", run.Error);
    }
}
