using System.Text.Json;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Plans;

namespace Scheduler.Domain.Tests.Conformance;

/// <summary>Asserts that the C# checkers' figures equal those validate_plan.py printed.</summary>
public static class ReportComparison
{
    /// <summary>The script rounds peakLoad and jointRate to 4 places, gap to 6.</summary>
    public const double Tolerance = 1e-4;

    /// <summary>The script rounds travelMinutes to 0.1.</summary>
    public const double TravelTolerance = 0.05 + 1e-6;

    public static void AssertSameFigures(JsonElement py, PlanFigures f)
    {
        Assert.Equal(py.GetProperty("visits").GetInt32(), f.Visits);
        Assert.Equal(py.GetProperty("unassigned").GetInt32(), f.Unassigned);
        Assert.Equal(py.GetProperty("departmentVisits").GetInt32(), f.DepartmentVisits);
        Assert.Equal(py.GetProperty("separateVisits").GetInt32(), f.SeparateVisits);
        Assert.Equal(py.GetProperty("lowerBound").GetInt32(), f.LowerBound);
        Assert.Equal(py.GetProperty("saved").GetInt32(), f.Saved);
        Assert.Equal(py.GetProperty("occurrences").GetInt32(), f.Occurrences);
        Assert.Equal(py.GetProperty("jointRate").GetDouble(), f.JointRate, Tolerance);
        Assert.Equal(py.GetProperty("gap").GetDouble(), f.Gap, Tolerance);
        var peak = py.GetProperty("peakLoad");
        if (peak.ValueKind == JsonValueKind.String)
        {
            Assert.Equal("inf", peak.GetString());
            Assert.Equal(double.PositiveInfinity, f.PeakLoad);
        }
        else
        {
            Assert.Equal(peak.GetDouble(), f.PeakLoad, Tolerance);
        }
    }

    public static void AssertSameMonths(JsonElement py, IReadOnlyList<MonthFigures> months)
    {
        var pyMonths = py.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(pyMonths.Count, months.Count);
        for (var i = 0; i < months.Count; i++)
        {
            var p = pyMonths[i];
            var m = months[i];
            Assert.Equal(p.GetProperty("month").GetInt32(), m.Month);
            Assert.Equal(p.GetProperty("visits").GetInt32(), m.Visits);
            Assert.Equal(p.GetProperty("unscheduled").GetInt32(), m.Unscheduled);
            Assert.Equal(p.GetProperty("teamDays").GetInt32(), m.TeamDays);
            Assert.Equal(p.GetProperty("officerDays").GetInt32(), m.OfficerDays);
            Assert.Equal(p.GetProperty("maxDaysPerInspector").GetInt32(), m.MaxDaysPerInspector);
            Assert.Equal(p.GetProperty("travelMinutes").GetDouble(), m.TravelMinutes, TravelTolerance);
        }
    }

    /// <summary>The script's verdict and its violation count, with its first messages for the failure text.</summary>
    public static (bool Valid, int Violations, string Errors) Verdict(JsonElement py) =>
        (py.GetProperty("valid").GetBoolean(),
         py.GetProperty("violations").GetInt32(),
         string.Join("\n", py.GetProperty("errors").EnumerateArray().Select(e => e.GetString())));
}
