using Scheduler.Domain.Staffing;
using Scheduler.Domain.Tests.TestData;
using Scheduler.Domain.Validation;

namespace Scheduler.Domain.Tests.Staffing;

/// <summary>A what-if's change: officers (DEPT[@TOWNSHIP][:N]) or one more joint weekday (its name), checked, applied and suggested.</summary>
public sealed class StaffingChangeTests
{
    [Theory]
    [InlineData("Thursday", DayOfWeek.Thursday)]
    [InlineData("周四", DayOfWeek.Thursday)]
    [InlineData("星期五", DayOfWeek.Friday)]
    [InlineData("mon", DayOfWeek.Monday)]
    public void Parse_ReadsAWeekdaysNameAsAJointWeekday(string text, DayOfWeek day)
    {
        var change = StaffingChange.Parse(text, out var error);

        Assert.Null(error);
        Assert.Equal(day, change!.JointWeekday);
        Assert.Empty(change.Officers);
        Assert.Equal(0, change.AddedOfficers);
        Assert.Equal(day.ToString(), change.ToString());
        Assert.Equal(change, StaffingChange.Parse(change.ToString(), out _));
    }

    [Fact]
    public void Parse_ReadsAnythingElseAsOfficers_AndSaysWhatIsWrong()
    {
        var change = StaffingChange.Parse("KA@T04:4", out var error);
        Assert.Null(error);
        Assert.Equal([new OfficerAddition("KA", "T04", 4)], change!.Officers);
        Assert.Null(change.JointWeekday);
        Assert.Equal(4, change.AddedOfficers);
        Assert.Equal("KA@T04:4", change.ToString());

        Assert.Null(StaffingChange.Parse("YJGL:0", out error));
        Assert.Contains("from 1 to 100", error);
        // A number is a count's mistake, not a weekday.
        Assert.Null(StaffingChange.Parse(":4", out error));
        Assert.Contains("name the department first", error);
    }

    [Fact]
    public void Parse_ReadsAPackageJoinedByPlus_WithAtMostOneWeekday_NamingTheWrongPart()
    {
        var change = StaffingChange.Parse(" JTYS:2 + ZRZY@T04:4 ＋周四 ", out var error);

        Assert.Null(error);
        Assert.Equal([new OfficerAddition("JTYS", null, 2), new OfficerAddition("ZRZY", "T04", 4)], change!.Officers);
        Assert.Equal(DayOfWeek.Thursday, change.JointWeekday);
        Assert.Equal(6, change.AddedOfficers);
        Assert.Equal("JTYS:2+ZRZY@T04:4+Thursday", change.ToString());
        Assert.Equal(change.ToString(), StaffingChange.Parse(change.ToString(), out _)!.ToString());

        Assert.Null(StaffingChange.Parse("JTYS:2+Thursday+Friday", out error));
        Assert.Contains("'Friday' in 'JTYS:2+Thursday+Friday': a change adds at most one joint weekday", error);
        Assert.Null(StaffingChange.Parse("JTYS:2+ZRZY:0", out error));
        Assert.Contains("'ZRZY:0' in 'JTYS:2+ZRZY:0':", error);
        Assert.Contains("from 1 to 100", error);
        Assert.Null(StaffingChange.Parse("JTYS:2+", out error));
        Assert.Contains("name the department first", error);
        Assert.Null(StaffingChange.Parse(string.Join("+", Enumerable.Repeat("A", 13)), out error));
        Assert.Contains("13 parts joined by '+': at most 12", error);
    }

    [Fact]
    public void Problems_NameAWeekendDayAndADayAlreadyJoint_AndTheOfficersProblemsUnderTheirIndex()
    {
        var instance = TinyCounty.Instance();
        Assert.Equal([DayOfWeek.Tuesday], instance.Calendar.JointWeekdays);

        var problems = StaffingChange.Problems(instance, [StaffingChange.Joint(DayOfWeek.Thursday), StaffingChange.Joint(DayOfWeek.Saturday),
            StaffingChange.Joint(DayOfWeek.Tuesday), StaffingChange.Of(new OfficerAddition("Z", null, 2))]);

        Assert.Equal(3, problems.Count);
        Assert.Contains("addition 2 (Saturday): Saturday is not a working day of the week", problems[0]);
        Assert.Contains("addition 3 (Tuesday): Tuesday is already a joint weekday of the county", problems[1]);
        Assert.Contains("addition 4 (Z:2): the county has no department 'Z'", problems[2]);
        Assert.Equal(["addition 1 (A:2+Z@T9:2+Thursday): the county has no department 'Z' (it has A, B, C, D, E)",
                "addition 1 (A:2+Z@T9:2+Thursday): the county has no township 'T9'"],
            StaffingChange.Problems(instance, [StaffingChange.Parse("A:2+Z@T9:2+Thursday", out _)!]));
    }

    [Fact]
    public void Apply_JoinsTheWeekdayToTheJointWeekdays_InWeekOrder_OrAddsTheOfficers()
    {
        var instance = TinyCounty.Instance();

        var joint = StaffingChange.Joint(DayOfWeek.Monday).Apply(instance);
        var officers = StaffingChange.Of(new OfficerAddition("A", null, 2)).Apply(instance);
        var package = StaffingChange.Parse("A:2+B@T1:1+Thursday", out _)!.Apply(instance);

        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday], joint.Calendar.JointWeekdays);
        Assert.Equal(instance.Inspectors, joint.Inspectors);
        Assert.Empty(InstanceValidator.Validate(joint));
        Assert.Equal(instance.Inspectors.Count + 2, officers.Inspectors.Count);
        Assert.Equal(instance.Calendar, officers.Calendar);
        Assert.Equal(instance.Inspectors.Count + 3, package.Inspectors.Count);
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], package.Calendar.JointWeekdays);
        Assert.Empty(InstanceValidator.Validate(package));
    }

    [Theory]
    [InlineData(DayOfWeek.Tuesday, DayOfWeek.Thursday)]
    [InlineData(DayOfWeek.Monday, DayOfWeek.Wednesday)]
    [InlineData(DayOfWeek.Thursday, DayOfWeek.Tuesday)]
    [InlineData(DayOfWeek.Friday, DayOfWeek.Wednesday)]
    public void SecondJointWeekday_IsTwoDaysAfterTheCountysOne_OrTwoBeforeWhenThatIsAWeekend(DayOfWeek only, DayOfWeek second)
    {
        var instance = TinyCounty.Instance();
        instance = instance with { Calendar = instance.Calendar with { JointWeekdays = [only] } };

        Assert.Equal(second, StaffingChange.SecondJointWeekday(instance)!.JointWeekday);
        Assert.Empty(StaffingChange.Problems(instance, [StaffingChange.SecondJointWeekday(instance)!]));
    }

    [Fact]
    public void Suggest_ComparesASecondJointWeekdayFirst_ThenTeams_AndNoWeekdayWhenTheCountyHasTwo()
    {
        var instance = TinyCounty.Instance();
        DepartmentYear Year(string d) => new()
        {
            Department = d, Name = d, Officers = 10, JointTeamDays = 99, JointTeamDaysPossible = 100, VisitsPerJointTeamDay = 4,
            TeamVisitsPerJointTeamDay = 5, JointChecks = 100, AloneChecks = 10, TakenOut = 20,
        };

        var suggested = StaffingChange.Suggest(instance, [Year("A"), Year("B")], 1);
        var twoDays = instance with { Calendar = instance.Calendar with { JointWeekdays = [DayOfWeek.Tuesday, DayOfWeek.Thursday] } };

        // Officers are posted to townships (OA3, OB1): all of them county-wide, alone and with the weekday, after it.
        Assert.Equal(["Thursday", "Countywide", "Countywide+Thursday", "A:2"], suggested.Select(c => c.ToString()));
        Assert.Equal(["Countywide", "A:2", "B:2"], StaffingChange.Suggest(twoDays, [Year("A"), Year("B")], 2).Select(c => c.ToString()));
        var unposted = twoDays with { Inspectors = [.. twoDays.Inspectors.Select(i => i with { Township = null })] };
        Assert.Equal(["A:2", "B:2"], StaffingChange.Suggest(unposted, [Year("A"), Year("B")], 2).Select(c => c.ToString()));
        Assert.Empty(StaffingChange.Suggest(unposted, [], 2));

        // Two departments the left-out visits wait for: a team of each, together, after the weekday and before the teams.
        var waited = new[] { Year("A") with { LeftOut = 1 }, Year("B") with { LeftOut = 5 }, Year("C") with { LeftOut = 3 } };
        Assert.Equal(["B:2+C:2", "B:2", "C:2"], StaffingChange.Suggest(unposted, waited, 2).Select(c => c.ToString()));
        var oneDay = unposted with { Calendar = instance.Calendar };
        Assert.Equal(["Thursday", "B:2"], StaffingChange.Suggest(oneDay, [Year("A") with { LeftOut = 0 }, Year("B") with { LeftOut = 5 }], 1).Select(c => c.ToString()));
    }
    [Fact]
    public void FollowUp_AddsATeamEachOfTheFirstTwoDepartmentsWaitedFor_ToTheBestChange()
    {
        var thursday = StaffingChange.Joint(DayOfWeek.Thursday);

        Assert.Equal("B:2+C:2+Thursday", StaffingChange.FollowUp(thursday, ["B", "C", "A"])!.ToString());
        Assert.Equal("A:2+Thursday", StaffingChange.FollowUp(thursday, ["A", "A"])!.ToString());
        // A department the change already adds at county level gets its team on top; one posted to a township does not count.
        var package = StaffingChange.Parse("B:2+C@T1:2", out _)!;
        Assert.Equal("B:4+C@T1:2+C:2", StaffingChange.FollowUp(package, ["B", "C"])!.ToString());
        Assert.Null(StaffingChange.FollowUp(thursday, []));
        Assert.Empty(StaffingChange.Problems(TinyCounty.Instance(), [StaffingChange.FollowUp(thursday, ["B", "C"])!]));
    }

    [Fact]
    public void Plus_AddsToTheSameDepartmentAndTownship_ElseAsANewPart_KeepingTheWeekday()
    {
        var change = StaffingChange.Parse("B:2+C@T1:2+Thursday", out _)!;

        Assert.Equal("B:4+C@T1:2+Thursday", change.Plus(new OfficerAddition("B", null, 2)).ToString());
        Assert.Equal("B:2+C@T1:4+Thursday", change.Plus(new OfficerAddition("C", "T1", 2)).ToString());
        Assert.Equal("B:2+C@T1:2+C:2+Thursday", change.Plus(new OfficerAddition("C", null, 2)).ToString());
        Assert.Equal("A:2", StaffingChange.Parse("A:2", out _)!.Plus(new OfficerAddition("A", null, 0)).ToString());
        Assert.Equal($"A:{OfficerAddition.MaxCount}", StaffingChange.Parse("A:99", out _)!.Plus(new OfficerAddition("A", null, 2)).ToString());
        // The change itself is left as it was.
        Assert.Equal("B:2+C@T1:2+Thursday", change.ToString());
    }

    [Theory]
    [InlineData("Countywide", "Countywide")]
    [InlineData("县级统筹", "Countywide")]
    [InlineData("countywide:B", "Countywide:B")]
    [InlineData("县级统筹：A+Countywide:B+A:2+周四", "A:2+Countywide:A+Countywide:B+Thursday")]
    public void Parse_ReadsCountywide_ForEveryDepartmentsPostedOfficers_OrOnes(string text, string written)
    {
        var change = StaffingChange.Parse(text, out var error);

        Assert.Null(error);
        Assert.Equal(written, change!.ToString());
        Assert.Equal(change, StaffingChange.Parse(written, out _));
        Assert.Equal(change.Officers.Sum(o => o.Count), change.AddedOfficers);
        Assert.Equal(written.Split('+').Length, change.Parts);
        // Departments in any order are one change; every department's is another.
        Assert.Equal(StaffingChange.Parse("Countywide:A+Countywide:B", out _), StaffingChange.Parse("Countywide:B+Countywide:A", out _));
        Assert.NotEqual(StaffingChange.Parse("Countywide:A", out _), StaffingChange.AllCountywide());
        Assert.NotEqual(StaffingChange.Parse("A:2", out _), StaffingChange.Parse("A:2+Countywide", out _));
    }

    [Theory]
    [InlineData("Countywide+Countywide:A", "Countywide alone means every department's")]
    [InlineData("Countywide:A+Countywide:A", "each department's posted officers once")]
    [InlineData("Countywide:", "name a department after the colon")]
    public void Parse_RefusesCountywideNamedTwice_OrWithoutItsDepartment(string text, string message)
    {
        Assert.Null(StaffingChange.Parse(text, out var error));
        Assert.Contains(message, error);
    }

    [Fact]
    public void Countywide_LiftsThePostingsItNames_AndSaysWhenThereAreNone()
    {
        var instance = TinyCounty.Instance();

        var all = StaffingChange.AllCountywide().Apply(instance);
        Assert.All(all.Inspectors, i => Assert.Null(i.Township));
        Assert.Equal(instance.Inspectors.Count, all.Inspectors.Count);
        var onlyB = StaffingChange.Parse("Countywide:B+B@T1:2", out _)!.Apply(instance);
        Assert.Equal("T2", onlyB.Inspectors.Single(i => i.Id == "OA3").Township);
        Assert.Null(onlyB.Inspectors.Single(i => i.Id == "OB1").Township);
        // The officers it adds where it posts them stay posted.
        Assert.Equal(["T1", "T1"], onlyB.Inspectors.Skip(instance.Inspectors.Count).Select(i => i.Township));
        Assert.Empty(StaffingChange.Problems(instance, [StaffingChange.AllCountywide(), StaffingChange.Parse("Countywide:A+Thursday", out _)!]));

        Assert.Contains("the county has no department 'Z'", Assert.Single(StaffingChange.Problems(instance, [StaffingChange.Parse("Countywide:Z", out _)!])));
        Assert.Contains("no officer of C is posted to a township", Assert.Single(StaffingChange.Problems(instance, [StaffingChange.Parse("Countywide:C", out _)!])));
        Assert.Contains("no officer of the county is posted", Assert.Single(StaffingChange.Problems(all, [StaffingChange.AllCountywide()])));
        Assert.True(StaffingChange.HasPostings(instance));
        Assert.False(StaffingChange.HasPostings(all));
        Assert.Equal("A:2+Countywide+Thursday", StaffingChange.Parse("A:2+Thursday", out _)!.PlusCountywide().ToString());
        Assert.Equal("A:4+Countywide", StaffingChange.Parse("A:2+Countywide", out _)!.Plus(new OfficerAddition("A", null, 2)).ToString());
    }

    [Fact]
    public void ProblemsOf_NamesTheChangeByTheNumberGiven()
    {
        var problems = StaffingChange.ProblemsOf(TinyCounty.Instance(), StaffingChange.Joint(DayOfWeek.Saturday), 7).ToList();

        Assert.Equal(["addition 7 (Saturday): Saturday is not a working day of the week; a joint weekday is one of Monday to Friday"], problems);
    }
}
