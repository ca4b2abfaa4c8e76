using System.Globalization;
using Scheduler.Domain.Checking;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Solver.Tests.Support;
using Scheduler.Tests.Shared;

namespace Scheduler.Solver.Tests.Monthly.Support;

/// <summary>Assertions shared by the monthly planner tests.</summary>
public static class MonthAssert
{
    /// <summary>The month keeps rules 1–6 by <see cref="MonthlyReferenceRules"/>, and Domain's MonthlyPlanChecker agrees.</summary>
    public static void Valid(Instance instance, AnnualPlan annual, MonthlyPlan month)
    {
        var ours = MonthlyReferenceRules.All(instance, annual, month);
        Assert.True(ours.Count == 0, "reference rules: " + string.Join("; ", ours) + Describe(month));
        var report = MonthlyPlanChecker.Check(instance, annual, [month]);
        Assert.True(report.Valid, "MonthlyPlanChecker: " + string.Join("; ", report.Violations) + Describe(month));
    }

    /// <summary>
    /// ../shared/tools/validate_plan.py on the annual plan and the months: it must accept them and print the same
    /// figures as Domain's MonthlyPlanChecker. Call only when <see cref="PythonValidator.Available"/>.
    /// </summary>
    public static void PythonAgrees(Instance instance, AnnualPlan annual, params MonthlyPlan[] months)
    {
        var (code, output) = ValidatorScript.RunTexts(ContractJson.Write(instance), ContractJson.Write(annual), [.. months.Select(ContractJson.Write)]);
        var report = new ValidatorReport(code, output);
        Assert.True(report.Valid, "validate_plan.py: " + string.Join("; ", report.Errors) + string.Concat(months.Select(Describe)));
        var ours = MonthlyPlanChecker.Check(instance, annual, months);
        Assert.True(ours.Valid, "MonthlyPlanChecker: " + string.Join("; ", ours.Violations));
        var theirs = output.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(months.Length, theirs.Count);
        for (var i = 0; i < months.Length; i++)
        {
            var (c, p) = (ours.Months[i], theirs[i]);
            var where = $"month {months[i].Month}";
            Assert.True(c.Month == p.GetProperty("month").GetInt32(), where);
            Assert.True(c.Visits == p.GetProperty("visits").GetInt32(), $"{where} visits: C# {c.Visits}, python {p.GetProperty("visits")}");
            Assert.True(c.Unscheduled == p.GetProperty("unscheduled").GetInt32(), $"{where} unscheduled: C# {c.Unscheduled}, python {p.GetProperty("unscheduled")}");
            Assert.True(c.TeamDays == p.GetProperty("teamDays").GetInt32(), $"{where} teamDays: C# {c.TeamDays}, python {p.GetProperty("teamDays")}");
            Assert.True(c.OfficerDays == p.GetProperty("officerDays").GetInt32(), $"{where} officerDays: C# {c.OfficerDays}, python {p.GetProperty("officerDays")}");
            Assert.True(c.MaxDaysPerInspector == p.GetProperty("maxDaysPerInspector").GetInt32(),
                $"{where} maxDaysPerInspector: C# {c.MaxDaysPerInspector}, python {p.GetProperty("maxDaysPerInspector")}");
            // The validator prints travel rounded to 0.1 minute.
            Assert.True(Math.Abs(Math.Round(c.TravelMinutes, 1) - p.GetProperty("travelMinutes").GetDouble()) < 0.051,
                $"{where} travelMinutes: C# {c.TravelMinutes}, python {p.GetProperty("travelMinutes")}");
        }
    }

    /// <summary>A one-line picture of a month for failure messages: TD1 2027-03-02 T1 [A,B] V1,V2 | unscheduled V3 (why).</summary>
    public static string Describe(MonthlyPlan month) =>
        $"\n  month {month.Month} (seed {month.Seed}): "
        + string.Join(" ", month.TeamDays.Select(t =>
            $"{t.Id} {t.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {t.Township} [{string.Join(",", t.Inspectors)}] {string.Join(",", t.Visits)};"))
        + (month.Unscheduled.Count == 0 ? "" : " | unscheduled " + string.Join(", ", month.Unscheduled.Select(u => $"{u.Visit} ({u.Reason})")));
}
