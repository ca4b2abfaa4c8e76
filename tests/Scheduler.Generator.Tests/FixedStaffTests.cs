using System.Security.Cryptography;
using System.Text;
using Scheduler.Domain.Json;
using Scheduler.Generator.Tests.Support;

namespace Scheduler.Generator.Tests;

/// <summary>A county with a fixed staff: N officers split by the departments' share of the work.</summary>
public class FixedStaffTests
{
    private static readonly Lazy<GeneratedCounty> Fixed200 = new(() => Generate(5000, 11, StaffSize.Fixed(200)));

    public static TheoryData<string> FixedNames => ["300", "5000", "12000", "fixed200"];

    [Theory]
    [InlineData("300", 44)]
    [InlineData("5000", 154)]
    [InlineData("12000", 370)]
    [InlineData("fixed200", 200)]
    public void Inspectors_NumberExactlyTheStaff_WhenStaffIsFixed(string county, int officers)
    {
        Assert.Equal(officers, ByName(county).Instance.Inspectors.Count);
    }

    [Theory]
    [MemberData(nameof(FixedNames))]
    public void Departments_HaveAtLeastFourOfficersInPairs_WhenStaffIsFixed(string county)
    {
        var instance = ByName(county).Instance;

        Assert.All(instance.Departments, d =>
        {
            var officers = instance.Inspectors.Count(i => i.Department == d.Id);
            Assert.True(officers >= 4 && officers % 2 == 0, $"{d.Id}: {officers} officers");
            foreach (var posting in instance.Inspectors.Where(i => i.Department == d.Id).GroupBy(i => i.Township))
                Assert.True(posting.Count() % 2 == 0, $"{d.Id} in {posting.Key ?? "county"}: {posting.Count()} officers");
        });
    }

    [Theory]
    [MemberData(nameof(FixedNames))]
    public void CountyLevel_IsAThirdOfEachDepartmentWithinAPair_WhenStaffIsFixed(string county)
    {
        var instance = ByName(county).Instance;

        Assert.All(instance.Departments, d =>
        {
            var officers = instance.Inspectors.Count(i => i.Department == d.Id);
            var countyLevel = instance.Inspectors.Count(i => i.Department == d.Id && i.Township is null);
            Assert.True(countyLevel >= 2 && Math.Abs(countyLevel - officers / 3.0) <= 2, $"{d.Id}: {countyLevel} of {officers} at county level");
        });
    }

    [Theory]
    [MemberData(nameof(FixedNames))]
    public void PostedOfficers_WorkOnlyWhereTheirDepartmentHasEnterprises_WhenStaffIsFixed(string county)
    {
        var instance = ByName(county).Instance;
        var townshipOf = instance.Enterprises.ToDictionary(e => e.Id, e => e.Township);
        var where = instance.Needs.Select(n => (n.Department, townshipOf[n.Enterprise])).ToHashSet();

        Assert.All(instance.Inspectors.Where(i => i.Township is not null),
            i => Assert.True(where.Contains((i.Department, i.Township!)), $"{i.Id} of {i.Department} posted to {i.Township}, which has none of its enterprises"));
    }

    [Fact]
    public void PostedOfficers_FollowTheWork_WhenStaffIsFixed()
    {
        var instance = Counties.Of12000.Instance;
        var townshipOf = instance.Enterprises.ToDictionary(e => e.Id, e => e.Township);
        var busiest = instance.Needs.Where(n => n.Department == "SCJG")
            .GroupBy(n => townshipOf[n.Enterprise]).MaxBy(g => g.Sum(n => n.TimesPerYear))!.Key;
        var posted = instance.Inspectors.Where(i => i.Department == "SCJG" && i.Township is not null).GroupBy(i => i.Township!).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(posted.Values.Max(), posted[busiest]);
    }

    [Fact]
    public void Inspectors_HaveLeaveAndConflictsAtTheirShares_WhenTwelveThousandEnterprises()
    {
        var inspectors = Counties.Of12000.Instance.Inspectors;
        var enterprises = Counties.Of12000.Instance.Enterprises.ToDictionary(e => e.Id);

        // 370 draws at 30% and 10%: a standard deviation of 2.4 and 1.6 points; the bounds are over 3 of them.
        Assert.InRange(inspectors.Count(i => i.Unavailable.Count > 0) / (double)inspectors.Count, 0.22, 0.38);
        Assert.InRange(inspectors.Count(i => i.Conflicts.Count > 0) / (double)inspectors.Count, 0.05, 0.15);
        Assert.All(inspectors, i =>
        {
            Assert.InRange(i.Unavailable.Count, 0, 6);
            Assert.InRange(i.Conflicts.Count, 0, 2);
            Assert.All(i.Conflicts, e => Assert.True(i.Township is null || enterprises[e].Township == i.Township));
        });
    }

    [Fact]
    public void Generate_ReturnsIdenticalJson_WhenStaffIsFixedAndSeedIsTheSame()
    {
        var again = Generate(5000, 11, StaffSize.Fixed(200));

        Assert.Equal(ContractJson.Write(Fixed200.Value.Instance), ContractJson.Write(again.Instance));
    }

    [Fact]
    public void Generate_KeepsEverythingButTheOfficers_WhenStaffChanges()
    {
        var sized = Counties.Of5000Sized.Instance;

        Assert.Equal(
            ContractJson.Write(sized with { Inspectors = [] }),
            ContractJson.Write(Fixed200.Value.Instance with { Inspectors = [] }));
        Assert.Equal(ContractJson.Write(Counties.Of5000Sized.Witness), ContractJson.Write(Fixed200.Value.Witness));
    }

    /// <summary>The hash and count of the 5,000-enterprise seed-11 county as the generator made it before fixed staff
    /// (commit 7b2048d, `scheduler generate -n 5000 -s 11`), so `--officers sized` reproduces older counties exactly.</summary>
    [Fact]
    public void Generate_ReproducesTheCountyOfBeforeFixedStaff_WhenStaffIsSized()
    {
        var json = ContractJson.Write(Counties.Of5000Sized.Instance);

        Assert.Equal(446, Counties.Of5000Sized.Instance.Inspectors.Count);
        Assert.Equal("203c4d6c3dcc830b815e9dbfd7bf212aee8744df1141e63795428d15b65b9341", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(42)]
    [InlineData(45)]
    [InlineData(371)]
    [InlineData(1_000_002)]
    public void Generate_Throws_WhenFixedStaffIsTooSmallOrOdd(int officers)
    {
        var options = new GeneratorOptions { Enterprises = 50, Staff = StaffSize.Fixed(officers) };

        Assert.Throws<ArgumentOutOfRangeException>(() => CountyGenerator.Generate(options));
    }

    [Theory]
    [InlineData(1, 44)]
    [InlineData(300, 44)]
    [InlineData(5000, 154)]
    [InlineData(12000, 370)]
    [InlineData(12100, 374)]
    [InlineData(60000, 1850)]
    public void OfficersFor_ScalesTheSeedCountysStaffToEvenCounts_WhenScaled(int enterprises, int officers)
    {
        Assert.Equal(officers, StaffSize.Scaled.OfficersFor(enterprises));
        Assert.Null(StaffSize.Sized.OfficersFor(enterprises));
        Assert.Equal(100, StaffSize.Fixed(100).OfficersFor(enterprises));
    }

    [Theory]
    [InlineData(44, true)]
    [InlineData(370, true)]
    [InlineData(43, false)]
    [InlineData(371, false)]
    public void ProblemWith_IsNull_WhenTheStaffIsEvenAndFourADepartment(int officers, bool ok)
    {
        Assert.Equal(ok, StaffSize.ProblemWith(officers) is null);
    }

    private static GeneratedCounty ByName(string name) => name == "fixed200" ? Fixed200.Value : Counties.ByName(name);

    private static GeneratedCounty Generate(int enterprises, int seed, StaffSize staff) =>
        CountyGenerator.Generate(new GeneratorOptions { Enterprises = enterprises, Seed = seed, Staff = staff });
}
