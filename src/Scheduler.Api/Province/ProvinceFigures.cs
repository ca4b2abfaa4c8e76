using System.Text.Json;
using Scheduler.Api.Shared;
using Scheduler.Api.Solves;
using Scheduler.Data.Tenancy;
using Scheduler.Domain.Staffing;
using Scheduler.Solver.Staffing;

namespace Scheduler.Api.Province;

/// <summary>
/// Builds the province's comparison of its counties for a year (the figures endpoint, its workbook and the province
/// page): every county the platform hosts read in one batch (<see cref="CountyYearStore"/>), each county's newest
/// succeeded run judged by the figures stored with it (<see cref="RunFigures"/>; no plan is parsed), against the
/// province's targets.
/// </summary>
public sealed class ProvinceFigures(CountyStore counties, CountyYearStore years, ProvinceTargetStore targets)
{
    /// <summary>A rate equal to its target up to rounding meets it.</summary>
    private const double Tolerance = 1e-9;

    public async Task<ProvinceFiguresView> BuildAsync(int year, CancellationToken cancellationToken)
    {
        var hosted = await counties.ListAsync(cancellationToken);
        var read = await years.ReadAsync(year, [.. hosted.Select(c => c.Code)], cancellationToken);
        var set = await targets.GetAsync(year, cancellationToken);
        var rows = hosted.Select((county, i) => Row(county, read[i], set)).ToList();
        return new ProvinceFiguresView(year, set is null ? null : TargetsView.Of(set), rows, Totals(rows, set));
    }

    /// <summary>The years any county has a register for or the province has targets for, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        await years.YearsAsync([.. (await counties.ListAsync(cancellationToken)).Select(c => c.Code)], cancellationToken);

    private static CountyFigures Row(County county, CountyYear year, ProvinceTargets? targets)
    {
        var register = year.Departments.ToHashSet(StringComparer.Ordinal);
        var submitted = year.Submissions.Where(s => register.Contains(s.Department)).ToList();
        int? onTime = targets?.NeedsDeadlineEnd is { } end && year.RegisterVersion is not null ? submitted.Count(s => s.FirstAt < end) : null;
        var api = $"/api/counties/{county.Code}";
        var row = new CountyFigures
        {
            Code = county.Code,
            Name = county.Name,
            Api = api,
            Enterprises = year.Enterprises,
            Departments = register.Count,
            Submitted = submitted.Count,
            SubmittedOnTime = onTime,
            SubmissionsMet = onTime is { } n ? n == register.Count : null,
        };
        if (year.RunId is not { } run || year.RunFiguresJson is not { } json
            || JsonSerializer.Deserialize(json, ApiJsonContext.Default.RunFigures) is not { } f) return row;
        var (bound, kind) = f.PerEnterpriseBound is { } proved ? (proved, "perEnterprise") : (f.LowerBound, "lower");
        var whatIfRows = year.WhatIfRowsJson is { } rowsJson ? JsonSerializer.Deserialize(rowsJson, ApiJsonContext.Default.ListStaffingRow) ?? [] : [];
        var best = StaffingRow.Best(whatIfRows);
        var goal = year.WhatIfGoalPercent is { } percent ? StaffingGoal.OfPercent(percent, out _) : null;
        double? cut = f.SeparateVisits > 0 ? (double)f.Saved / f.SeparateVisits : null;
        return row with
        {
            Run = run,
            Plan = $"{api}/solves/{run}/plan",
            Visits = f.Visits,
            SeparateVisits = f.SeparateVisits,
            Saved = f.Saved,
            ChecksCut = cut,
            JointRate = f.JointRate,
            DepartmentVisits = f.DepartmentVisits,
            Bound = bound,
            BoundKind = kind,
            Gap = bound > 0 ? (double)f.Visits / bound - 1 : null,
            Unassigned = f.Unassigned,
            Unscheduled = f.Unscheduled,
            StaffingPrice = f.StaffingPrice,
            FullDepartments = f.Departments?.Where(d => d.FullOnJointDays).Select(d => d.Department).ToList(),
            LeftOutWaitsFor = f.Departments is { } ds && ds.All(d => d.LeftOut is not null) ? DepartmentYears.WaitedFor(ds) : null,
            BestChange = best?.Added,
            BestChangeVisits = best?.Visits,
            BestChangeLeftOut = best is null ? null : best.Unassigned + best.Unscheduled,
            StaffingGoal = goal?.Percent,
            StaffingGoalMetBy = goal?.Cheapest(whatIfRows)?.Added,
            JointRateMet = targets is null ? null : f.JointRate + Tolerance >= targets.JointRate,
            ChecksCutMet = targets is null ? null : (cut ?? 0) + Tolerance >= targets.ChecksCut,
        };
    }

    private static FiguresTotals Totals(IReadOnlyList<CountyFigures> rows, ProvinceTargets? targets)
    {
        var planned = rows.Where(r => r.Run is not null).ToList();
        var separate = planned.Sum(r => r.SeparateVisits ?? 0);
        var saved = planned.Sum(r => r.Saved ?? 0);
        var departmentVisits = planned.Sum(r => r.DepartmentVisits ?? 0);
        var jointDepartmentVisits = planned.Sum(r => (r.JointRate ?? 0) * (r.DepartmentVisits ?? 0));
        var visits = planned.Sum(r => r.Visits ?? 0);
        var bound = planned.Sum(r => r.Bound ?? 0);
        return new FiguresTotals
        {
            Counties = rows.Count,
            Planned = planned.Count,
            Enterprises = rows.Sum(r => r.Enterprises ?? 0),
            Departments = rows.Sum(r => r.Departments),
            Submitted = rows.Sum(r => r.Submitted),
            SubmittedOnTime = targets?.NeedsDeadline is null ? null : rows.Sum(r => r.SubmittedOnTime ?? 0),
            Visits = visits,
            SeparateVisits = separate,
            Saved = saved,
            ChecksCut = separate > 0 ? (double)saved / separate : null,
            JointRate = departmentVisits > 0 ? Math.Round(jointDepartmentVisits) / departmentVisits : null,
            Bound = bound,
            Gap = bound > 0 ? (double)visits / bound - 1 : null,
            Unassigned = planned.Sum(r => r.Unassigned ?? 0),
            Unscheduled = planned.Sum(r => r.Unscheduled ?? 0),
            StaffingPrice = planned.Sum(r => r.StaffingPrice ?? 0),
            StaffingGoalSought = rows.Count(r => r.StaffingGoal is not null),
            StaffingGoalMet = rows.Count(r => r.StaffingGoalMetBy is not null),
            JointRateMet = targets is null ? null : rows.Count(r => r.JointRateMet == true),
            ChecksCutMet = targets is null ? null : rows.Count(r => r.ChecksCutMet == true),
            SubmissionsMet = targets?.NeedsDeadline is null ? null : rows.Count(r => r.SubmissionsMet == true),
        };
    }
}
