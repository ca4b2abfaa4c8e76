using Scheduler.Cli.Reporting;
using Scheduler.Domain.Plans;

namespace Scheduler.Cli.Tests.Reporting;

public sealed class BusiestOfficerTests
{
    [Fact]
    public void Of_NamesTheOfficerInTheMostTeamDays_WhenOneLeads()
    {
        var plan = Month(["A", "B"], ["B", "C"], ["B", "A"]);

        Assert.Equal(new BusiestOfficer("B", 3), BusiestOfficer.Of(plan));
    }

    [Fact]
    public void Of_NamesTheSmallestId_WhenOfficersTie()
    {
        var plan = Month(["C", "B"], ["B", "C"]);

        Assert.Equal(new BusiestOfficer("B", 2), BusiestOfficer.Of(plan));
    }

    [Fact]
    public void Of_ReturnsNull_WhenTheMonthHasNoTeamDay()
    {
        Assert.Null(BusiestOfficer.Of(Month()));
    }

    private static MonthlyPlan Month(params string[][] teams) => new()
    {
        Month = 3,
        TeamDays = [.. teams.Select((team, i) => new TeamDay { Id = $"TD{i + 1}", Date = new DateOnly(2027, 3, i + 1), Township = "T1", Inspectors = team })],
    };
}
