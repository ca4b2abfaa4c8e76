using System.Text;
using System.Text.Json;
using Scheduler.Domain.Staffing;
using Scheduler.Solver;

namespace Scheduler.Cli.Reporting;

/// <summary>The figures as one JSON object, for machines (`plan --json`). Non-finite numbers become null.</summary>
internal static class SummaryJson
{
    /// <param name="months">With `plan --months`: the monthly plans' figures, written as a "months" array.</param>
    /// <param name="year">The whole year's figures (the staffed year, or the annual plan with its months), written as "year".</param>
    /// <param name="work">The deterministic work the annual solve used, written as "work".</param>
    public static string Write(PlanSummary s, MemoryFigures? memory, string? planPath, MonthsSummary? months = null, string? monthsFolder = null,
        YearSummary? year = null, WorkFigures? work = null, IReadOnlyList<StaffingFinding>? staffing = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            var f = s.Figures;
            json.WriteStartObject();
            json.WriteString("planner", s.Planner);
            if (s.Status is { } status) json.WriteString("status", StatusName(status));
            json.WriteBoolean("valid", s.Valid);
            json.WriteNumber("occurrences", f.Occurrences);
            json.WriteNumber("unassigned", f.Unassigned);
            json.WriteNumber("visits", f.Visits);
            json.WriteNumber("separateVisits", f.SeparateVisits);
            json.WriteNumber("saved", f.Saved);
            json.WriteNumber("departmentVisits", f.DepartmentVisits);
            Number(json, "jointRate", f.JointRate);
            Number(json, "peakLoad", f.PeakLoad);
            json.WriteNumber("lowerBound", f.LowerBound);
            Number(json, "gap", f.Gap);
            Number(json, "perEnterpriseBound", s.PerEnterpriseBound);
            json.WriteBoolean("perEnterpriseBoundExact", s.PerEnterpriseBoundExact);
            Number(json, "perEnterpriseGap", s.PerEnterpriseGap);
            Number(json, "elapsedSeconds", s.Elapsed?.TotalSeconds);
            if (memory is not null)
            {
                json.WriteNumber("peakWorkingSetBytes", memory.PeakWorkingSetBytes);
                json.WriteNumber("gcHeapBytes", memory.GcHeapBytes);
                json.WriteNumber("allocatedBytes", memory.AllocatedBytes);
            }
            if (planPath is not null) json.WriteString("plan", planPath);
            json.WriteStartArray("violations");
            foreach (var violation in s.Violations) json.WriteStringValue(violation);
            json.WriteEndArray();
            if (months is not null) WriteMonths(json, months, monthsFolder);
            if (work is not null) WriteWork(json, work);
            if (year is not null) WriteYear(json, year);
            if (staffing is not null) WriteStaffing(json, staffing);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The validator's month keys (visits, unscheduled, teamDays, officerDays, travelMinutes, maxDaysPerInspector) plus the seed.</summary>
    private static void WriteMonths(Utf8JsonWriter json, MonthsSummary months, string? folder)
    {
        json.WriteStartObject("monthly");
        json.WriteBoolean("valid", months.Valid);
        if (folder is not null) json.WriteString("folder", folder);
        json.WriteStartArray("months");
        for (var i = 0; i < months.Figures.Count; i++)
        {
            var m = months.Figures[i];
            json.WriteStartObject();
            json.WriteNumber("month", m.Month);
            json.WriteNumber("visits", m.Visits);
            json.WriteNumber("unscheduled", m.Unscheduled);
            json.WriteNumber("teamDays", m.TeamDays);
            json.WriteNumber("officerDays", m.OfficerDays);
            json.WriteNumber("travelMinutes", Math.Round(m.TravelMinutes, 1));
            json.WriteNumber("maxDaysPerInspector", m.MaxDaysPerInspector);
            if (i < months.Plans.Count && months.Plans[i].Seed is { } seed) json.WriteNumber("seed", seed);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("violations");
        foreach (var violation in months.Violations) json.WriteStringValue(violation);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The work limit used: the same work, seed and instance give the same plan unless the wall clock cut it.</summary>
    private static void WriteWork(Utf8JsonWriter json, WorkFigures work)
    {
        json.WriteStartObject("work");
        json.WriteNumber("limit", work.Limit);
        json.WriteNumber("used", Math.Round(work.Used, 3));
        json.WriteNumber("lnsRounds", work.Rounds);
        json.WriteBoolean("cutByTimeLimit", work.CutByTimeLimit);
        json.WriteEndObject();
    }

    /// <summary>The staffing check's findings on the instance: warnings, each with its path, department, month and figures.</summary>
    private static void WriteStaffing(Utf8JsonWriter json, IReadOnlyList<StaffingFinding> findings)
    {
        json.WriteStartArray("staffing");
        foreach (var f in findings)
        {
            json.WriteStartObject();
            json.WriteString("path", f.Path);
            json.WriteString("department", f.Department);
            Number(json, "month", f.Month);
            json.WriteString("kind", f.Kind);
            json.WriteNumber("available", f.Available);
            json.WriteNumber("needed", f.Needed);
            json.WriteString("message", f.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteYear(Utf8JsonWriter json, YearSummary year)
    {
        var f = year.Figures;
        json.WriteStartObject("year");
        json.WriteNumber("unassigned", f.Unassigned);
        json.WriteNumber("unscheduled", f.Unscheduled);
        Number(json, "unscheduledShare", year.UnscheduledShare);
        json.WriteNumber("visits", f.Visits);
        Number(json, "perEnterpriseBound", f.PerEnterpriseBound);
        Number(json, "staffingPrice", f.StaffingPrice);
        Number(json, "staffingPriceShare", year.PriceShare);
        Number(json, "staffingPriceBound", year.Staffed?.StaffingPriceBound);
        Number(json, "unconstrainedVisits", year.Staffed?.UnconstrainedVisits);
        json.WriteNumber("officerDays", f.OfficerDays);
        json.WriteNumber("travelHours", Math.Round(f.TravelHours, 1));
        if (f.BusiestOfficer is { } busiest) json.WriteString("busiestOfficer", busiest);
        json.WriteNumber("busiestOfficerDays", f.BusiestOfficerDays);
        json.WriteBoolean("cutByTimeLimit", year.CutByTimeLimit);
        if (year.Staffed is { } staffed)
        {
            json.WriteStartArray("staffingRounds");
            foreach (var r in staffed.Rounds)
            {
                json.WriteStartObject();
                json.WriteNumber("round", r.Round);
                json.WriteNumber("moves", r.Moves);
                json.WriteNumber("splits", r.Splits);
                json.WriteNumber("visits", r.Visits);
                json.WriteNumber("unscheduled", r.Unscheduled);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static string StatusName(SolveStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v)) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
