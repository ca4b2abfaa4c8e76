using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Tests.TestData;

namespace Scheduler.Domain.Tests.Json;

public sealed class ContractJsonRoundTripTests
{
    /// <summary>The tiny county with every optional field set somewhere.</summary>
    private static Instance Full()
    {
        var tiny = TinyCounty.Instance();
        return tiny with
        {
            Calendar = tiny.Calendar with { JointWeekdays = [DayOfWeek.Tuesday, DayOfWeek.Thursday] },
            CheckItems = [.. tiny.CheckItems.Select(c => c.Id == "IA1" ? c with { Theme = "fire safety" } : c)],
            Enterprises = [.. tiny.Enterprises.Select(e => e.Id == "E2" ? e with { Industry = "fishing" } : e)],
        };
    }

    [Fact]
    public void WriteThenRead_KeepsEveryField_WhenInstanceHasThemAll()
    {
        var json = ContractJson.Write(Full());

        var back = ContractJson.ReadInstance(json).Value!;

        Assert.Equal(json, ContractJson.Write(back));
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], back.Calendar.JointWeekdays);
        Assert.Equal([new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 9)], back.Calendar.Holidays);
        Assert.Equal([new DateOnly(2027, 3, 13)], back.Calendar.ExtraWorkdays);
        Assert.Equal(3, back.Rules.MaxDepartmentsPerVisit);
        Assert.Equal(120, back.Rules.MaxVisitMinutes);
        Assert.Equal(2, back.Rules.CapFor("green"));
        Assert.True(back.Rules.MaxVisitsPerYearByTier.ContainsKey("red"));
        Assert.Null(back.Rules.CapFor("red"));
        Assert.Equal(1.3, back.Rules.RoadFactor);
        Assert.Equal(new GeoPoint(30.10, 120.20), back.Townships[1].Location);
        Assert.Equal("fire safety", back.CheckItems[0].Theme);
        Assert.Equal("fishing", back.Enterprises[1].Industry);
        Assert.Equal([7, 8], back.Enterprises[1].ClosedMonths);
        Assert.Equal(CreditTiers.Green, back.Enterprises[0].CreditTier);
        var n13 = back.Needs[12];
        Assert.Equal((3, 3), (n13.TimesPerYear, n13.MinGapMonths));
        Assert.Equal([2, 5, 8, 11], n13.Months);
        Assert.True(back.Needs[4].Standalone);
        Assert.Equal(new Capacity { Department = "C", Month = 5, Visits = 0 }, back.Capacities[2]);
        Assert.Equal("T2", back.Inspectors[2].Township);
        Assert.Null(back.Inspectors[0].Township);
        Assert.Equal([new DateOnly(2027, 3, 16)], back.Inspectors[1].Unavailable);
        Assert.Equal(["E1"], back.Inspectors[5].Conflicts);
    }

    [Fact]
    public void Write_UsesContractSpelling_WhenWritingWeekdaysDatesAndNames()
    {
        var json = ContractJson.Write(Full());

        Assert.Contains("\"jointWeekdays\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"Tuesday\"", json, StringComparison.Ordinal);
        Assert.Contains("\"2027-03-09\"", json, StringComparison.Ordinal);
        Assert.Contains("\"maxVisitsPerYearByTier\"", json, StringComparison.Ordinal);
        Assert.Contains("\"lat\": 30.1", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"theme\": null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadInstance_AppliesSpecDefaults_WhenFieldsAreAbsent()
    {
        const string json = """
            {
              "formatVersion": 1, "name": "bare", "year": 2027,
              "townships": [ { "id": "T1", "name": "t", "location": { "lat": 30, "lon": 120 } } ],
              "departments": [ { "id": "A", "name": "a" } ],
              "checkItems": [ { "id": "IA1", "department": "A", "name": "c", "minutes": 30 } ],
              "enterprises": [ { "id": "E1", "name": "e", "township": "T1", "location": { "lat": 30, "lon": 120 }, "creditTier": "red" } ],
              "needs": [ { "id": "N1", "department": "A", "enterprise": "E1", "items": ["IA1"], "timesPerYear": 2 } ],
              "inspectors": [ { "id": "I1", "name": "i", "department": "A" } ]
            }
            """;

        var instance = ContractJson.ReadInstance(json).Value!;

        Assert.Equal([DayOfWeek.Tuesday], instance.Calendar.JointWeekdays);
        Assert.Empty(instance.Calendar.Holidays);
        Assert.Empty(instance.Calendar.ExtraWorkdays);
        var r = instance.Rules;
        Assert.Equal((4, 240, 2, 480, 6), (r.MaxDepartmentsPerVisit, r.MaxVisitMinutes, r.OfficersPerDepartment, r.WorkdayMinutes, r.MaxVisitsPerTeamDay));
        Assert.Equal((30.0, 1.3), (r.TravelKmh, r.RoadFactor));
        Assert.Empty(r.MaxVisitsPerYearByTier);
        var need = instance.Needs[0];
        Assert.Equal(Enumerable.Range(1, 12), need.Months);
        Assert.Equal(1, need.MinGapMonths);
        Assert.False(need.Standalone);
        Assert.Empty(instance.Enterprises[0].ClosedMonths);
        Assert.Null(instance.Enterprises[0].Industry);
        Assert.Null(instance.CheckItems[0].Theme);
        Assert.Empty(instance.Capacities);
        Assert.Null(instance.Inspectors[0].Township);
        Assert.Empty(instance.Inspectors[0].Unavailable);
        Assert.Empty(instance.Inspectors[0].Conflicts);
        Assert.Empty(Domain.Validation.InstanceValidator.Validate(instance));
    }

    [Fact]
    public void WriteThenRead_KeepsEveryField_WhenAnnualPlanHasUnassigned()
    {
        var plan = TinyCounty.ValidPlan().WithoutVisit("V11").AddUnassigned("N13", 3, "capacity of B in month 8 exhausted");
        var json = ContractJson.Write(plan);

        var back = ContractJson.ReadAnnualPlan(json).Value!;

        Assert.Equal(json, ContractJson.Write(back));
        Assert.Equal(new UnassignedOccurrence("N13", 3, "capacity of B in month 8 exhausted"), Assert.Single(back.Unassigned));
        Assert.Equal([new VisitTask("N1", 1), new VisitTask("N2", 1), new VisitTask("N3", 1)], back.Visits[0].Tasks);
        Assert.Equal(("tiny", 2027), (back.Instance, back.Year));
    }

    [Fact]
    public void WriteThenRead_KeepsEveryField_WhenMonthlyPlanHasSeedAndUnscheduled()
    {
        var month = TinyCounty.ValidMarch().AddUnscheduled("V99", "no free officers") with { Seed = 42 };
        var json = ContractJson.Write(month);

        var back = ContractJson.ReadMonthlyPlan(json).Value!;

        Assert.Equal(json, ContractJson.Write(back));
        Assert.Equal(42, back.Seed);
        Assert.Equal(new DateOnly(2027, 3, 2), back.TeamDays[0].Date);
        Assert.Equal(["OA1", "OA2", "OB1", "OB2"], back.TeamDays[0].Inspectors);
        Assert.Equal(new UnscheduledVisit("V99", "no free officers"), Assert.Single(back.Unscheduled));
        Assert.Contains("\"date\": \"2027-03-02\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_GivesInfAsText_WhenPeakLoadIsInfinite()
    {
        var figures = new PlanFigures { Visits = 7, PeakLoad = double.PositiveInfinity, Gap = 0.25 };

        using var doc = System.Text.Json.JsonDocument.Parse(ContractJson.Write(figures));

        Assert.Equal("inf", doc.RootElement.GetProperty("peakLoad").GetString());
        Assert.Equal(7, doc.RootElement.GetProperty("visits").GetInt32());
        Assert.Equal(0.25, doc.RootElement.GetProperty("gap").GetDouble());
    }

    [Fact]
    public void Write_GivesNumber_WhenPeakLoadIsFinite()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(ContractJson.Write(new PlanFigures { PeakLoad = 0.5 }));

        Assert.Equal(0.5, doc.RootElement.GetProperty("peakLoad").GetDouble());
    }

    [Fact]
    public void Write_KeepsChineseTextReadable_WhenNamesAreChinese()
    {
        var tiny = TinyCounty.Instance();
        var instance = tiny with
        {
            Name = "象山县",
            Townships = [.. tiny.Townships.Select(t => t.Id == "T1" ? t with { Name = "丹东街道" } : t)],
        };
        var plan = new AnnualPlan { Instance = "象山县", Year = 2027, Unassigned = [new UnassignedOccurrence("N1", 1, "绿码企业年检上限已满")] };

        var instanceJson = ContractJson.Write(instance);
        var planJson = ContractJson.Write(plan);

        Assert.Contains("\"name\": \"象山县\"", instanceJson);
        Assert.Contains("丹东街道", instanceJson);
        Assert.Contains("绿码企业年检上限已满", planJson);
        Assert.DoesNotContain("\\u", instanceJson + planJson);
        Assert.Equal("丹东街道", ContractJson.ReadInstance(instanceJson).Value!.Townships.Single(t => t.Id == "T1").Name);
    }
}
