using System.Text.Json;
using Scheduler.Cli.Reporting.Json;
using Scheduler.Domain.Staffing;
using Scheduler.Solver;

namespace Scheduler.Cli.Reporting;

/// <summary>The figures as one JSON object, for machines (`plan --json`): a <see cref="SummaryDocument"/> through <see cref="CliJsonContext"/>.</summary>
internal static class SummaryJson
{
    /// <param name="months">With `plan --months`: the monthly plans' figures, written as a "monthly" object.</param>
    /// <param name="year">The whole year's figures (the staffed year, or the annual plan with its months), written as "year".</param>
    /// <param name="work">The deterministic work the annual solve used, written as "work".</param>
    public static string Write(PlanSummary s, MemoryFigures? memory, string? planPath, MonthsSummary? months = null, string? monthsFolder = null,
        YearSummary? year = null, WorkFigures? work = null, IReadOnlyList<StaffingFinding>? staffing = null)
    {
        var f = s.Figures;
        var document = new SummaryDocument
        {
            Planner = s.Planner,
            Status = s.Status is { } status ? JsonNamingPolicy.CamelCase.ConvertName(status.ToString()) : null,
            Valid = s.Valid,
            Occurrences = f.Occurrences,
            Unassigned = f.Unassigned,
            Visits = f.Visits,
            SeparateVisits = f.SeparateVisits,
            Saved = f.Saved,
            DepartmentVisits = f.DepartmentVisits,
            JointRate = f.JointRate,
            PeakLoad = f.PeakLoad,
            LowerBound = f.LowerBound,
            Gap = f.Gap,
            PerEnterpriseBound = s.PerEnterpriseBound,
            PerEnterpriseBoundExact = s.PerEnterpriseBoundExact,
            PerEnterpriseGap = s.PerEnterpriseGap,
            ElapsedSeconds = s.Elapsed?.TotalSeconds,
            PeakWorkingSetBytes = memory?.PeakWorkingSetBytes,
            GcHeapBytes = memory?.GcHeapBytes,
            AllocatedBytes = memory?.AllocatedBytes,
            Plan = planPath,
            Violations = s.Violations,
            Monthly = months is null ? null : Monthly(months, monthsFolder),
            Work = work is null ? null : new WorkDocument(work.Limit, Math.Round(work.Used, 3), work.Rounds, work.CutByTimeLimit),
            Year = year is null ? null : Year(year),
            Staffing = staffing,
        };
        return JsonSerializer.Serialize(document, CliJsonContext.Default.SummaryDocument);
    }

    private static MonthlyDocument Monthly(MonthsSummary months, string? folder) => new(
        months.Valid,
        folder,
        [.. months.Figures.Select((m, i) => new MonthDocument(m.Month, m.Visits, m.Unscheduled, m.TeamDays, m.OfficerDays,
            Math.Round(m.TravelMinutes, 1), m.MaxDaysPerInspector, i < months.Plans.Count ? months.Plans[i].Seed : null))],
        months.Violations);

    private static YearDocument Year(YearSummary year)
    {
        var f = year.Figures;
        return new YearDocument
        {
            Unassigned = f.Unassigned,
            Unscheduled = f.Unscheduled,
            UnscheduledShare = year.UnscheduledShare,
            Visits = f.Visits,
            PerEnterpriseBound = f.PerEnterpriseBound,
            StaffingPrice = f.StaffingPrice,
            StaffingPriceShare = year.PriceShare,
            StaffingPriceBound = year.Staffed?.StaffingPriceBound,
            UnconstrainedVisits = year.Staffed?.UnconstrainedVisits,
            OfficerDays = f.OfficerDays,
            TravelHours = Math.Round(f.TravelHours, 1),
            BusiestOfficer = f.BusiestOfficer,
            BusiestOfficerDays = f.BusiestOfficerDays,
            CutByTimeLimit = year.CutByTimeLimit,
            StaffingRounds = year.Staffed?.Rounds,
            Departments = [.. year.Departments.Select(d => d.Rounded())],
        };
    }
}
