using Scheduler.Domain.Staffing;
using Scheduler.Domain.Tests.TestData;
using Scheduler.Domain.Validation;

namespace Scheduler.Domain.Tests.Staffing;

/// <summary>Officers added for a what-if: written DEPT[@TOWNSHIP][:N], checked against the county, added as new officers, suggested from a year.</summary>
public sealed class OfficerAdditionsTests
{
    [Theory]
    [InlineData("YJGL", "YJGL", null, 2)]
    [InlineData("YJGL:4", "YJGL", null, 4)]
    [InlineData("KA@T04", "KA", "T04", 2)]
    [InlineData(" KA@T04:6 ", "KA", "T04", 6)]
    public void Parse_ReadsTheDepartmentTheTownshipAndTheCount(string text, string department, string? township, int count)
    {
        var addition = OfficerAddition.Parse(text, out var error);

        Assert.Null(error);
        Assert.Equal(new OfficerAddition(department, township, count), addition);
        Assert.Equal(addition, OfficerAddition.Parse(addition!.ToString(), out _));
    }

    [Theory]
    [InlineData("YJGL:0", "from 1 to 100, not '0'")]
    [InlineData("YJGL:101", "from 1 to 100")]
    [InlineData("YJGL:two", "not 'two'")]
    [InlineData("YJGL@:2", "name the township after '@'")]
    [InlineData(":2", "name the department first")]
    [InlineData("", "name the department first")]
    [InlineData(null, "name the department first")]
    [InlineData("YJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGLYJGL:2", "an addition of 138 characters: at most 133")]
    public void Parse_SaysWhatIsWrong(string? text, string message)
    {
        Assert.Null(OfficerAddition.Parse(text, out var error));
        Assert.Contains(message, error);
    }

    [Fact]
    public void Problems_NameTheAdditionWithAnUnknownDepartmentOrTownship()
    {
        var instance = TinyCounty.Instance();

        var problems = OfficerAdditions.Problems(instance, [new("A", "T1", 2), new("Z", null, 2), new("B", "T9", 2), new("C", null, 0)]);

        Assert.Equal(3, problems.Count);
        Assert.Contains("addition 2 (Z:2): the county has no department 'Z' (it has A, B, C, D, E)", problems[0]);
        Assert.Contains("addition 3 (B@T9:2): the county has no township 'T9'", problems[1]);
        Assert.Contains("addition 4 (C:0): the number of officers must be 1 to 100", problems[2]);
        Assert.Contains("at most 12", Assert.Single(OfficerAdditions.Problems(instance, Enumerable.Repeat(new OfficerAddition("A", null, 2), 13).ToList())));
    }

    [Fact]
    public void Apply_AddsNewOfficersWithUniqueIds_AndKeepsTheInstanceValid()
    {
        var instance = TinyCounty.Instance();
        instance = instance with { Inspectors = [.. instance.Inspectors, new() { Id = "A-NEW1", Name = "taken", Department = "A" }] };

        var added = OfficerAdditions.Apply(instance, [new("A", null, 2), new("B", "T2", 1)]);

        Assert.Equal(instance.Inspectors, added.Inspectors.Take(instance.Inspectors.Count));
        var fresh = added.Inspectors.Skip(instance.Inspectors.Count).ToList();
        Assert.Equal(["A-NEW1'", "A-NEW2", "B-NEW1"], fresh.Select(o => o.Id));
        Assert.Equal([null, null, "T2"], fresh.Select(o => o.Township));
        Assert.Equal("新增Department A1", fresh[0].Name);
        Assert.All(fresh, o => Assert.Empty(o.Unavailable));
        Assert.Empty(InstanceValidator.Validate(added));
    }

    [Fact]
    public void Suggest_TakesTheFullDepartmentsFirst_ThenThoseThatLostTheMostJointChecks_AtCountyLevelWhenFull_ElsePostedWhereTheyLostTheMost()
    {
        DepartmentYear Year(string d, int? takenOut, double used, string? township, int? leftOut = null) => new()
        {
            LeftOut = leftOut,
            Department = d, Name = d, Officers = 10, JointTeamDays = used * 100, JointTeamDaysPossible = 100, VisitsPerJointTeamDay = 4,
            TeamVisitsPerJointTeamDay = 5, JointChecks = 100, AloneChecks = 10, TakenOut = takenOut,
            MostTakenOutIn = township is null ? null : new TownshipChecks { Township = township, Name = township, Checks = 5 },
        };
        var years = new[] { Year("A", 50, 0.99, "T1"), Year("B", 80, 0.60, "T2"), Year("C", 0, 0.99, null), Year("D", 50, 0.50, "T1"), Year("E", null, 1, null) };

        // A (full) before B, which lost more but is short only where it lost them; C lost none, E has no plan to compare with.
        Assert.Equal([new("A", null, 2), new("B", "T2", 2), new("D", "T1", 2)], OfficerAdditions.Suggest(years, 5));
        Assert.Equal([new OfficerAddition("A", null, 2)], OfficerAdditions.Suggest(years, 1));

        // The departments the left-out visits ran short of come first, most first, at county level: D (3) before B (1),
        // though B lost more joint checks and neither is full; F lost no joint check but left visits out.
        var withLeftOut = new[] { Year("A", 50, 0.99, "T1", 0), Year("B", 80, 0.60, "T2", 1), Year("D", 50, 0.50, "T1", 3), Year("F", 0, 0.50, null, 2) };
        Assert.Equal([new("D", null, 2), new("F", null, 2), new("B", null, 2), new("A", null, 2)], OfficerAdditions.Suggest(withLeftOut, 4));
    }
}
