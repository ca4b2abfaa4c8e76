using System.Data;
using MiniExcelLibs;
using Scheduler.Api.Shared;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Export;

namespace Scheduler.Api.Plans;

/// <summary>
/// Plans as xlsx workbooks (MiniExcel). A month: one worksheet per township, exactly Scheduler.Export's
/// <see cref="TownshipMonthSheet"/> (its columns, its sheet names). The year: the visits by month and the unassigned
/// occurrences, names beside ids.
/// </summary>
public static class PlanWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Annual(Instance instance, AnnualPlan plan)
    {
        var lookup = new InstanceLookup(instance);
        string DepartmentOf(string need) => lookup.DepartmentOf(need) is { } department ? lookup.DepartmentName(department) : "";

        var visits = Workbooks.Table("月份", "走访", "企业编号", "企业名称", "乡镇", "部门", "任务");
        foreach (var visit in plan.Visits.OrderBy(v => v.Month).ThenBy(v => v.Enterprise, StringComparer.Ordinal).ThenBy(v => v.Id, StringComparer.Ordinal))
        {
            var enterprise = lookup.Enterprise(visit.Enterprise);
            visits.Rows.Add(visit.Month, visit.Id, visit.Enterprise, enterprise?.Name ?? "",
                enterprise is null ? "" : lookup.TownshipName(enterprise.Township),
                string.Join("、", visit.Tasks.Select(t => DepartmentOf(t.Need)).Distinct()),
                string.Join("、", visit.Tasks.Select(t => $"{t.Need}#{t.Occurrence}")));
        }
        var unassigned = Workbooks.Table("需求", "第几次", "部门", "原因");
        foreach (var u in plan.Unassigned) unassigned.Rows.Add(u.Need, u.Occurrence, DepartmentOf(u.Need), u.Reason);

        return Workbooks.Save(new Dictionary<string, object> { [$"{plan.Year}年度计划"] = visits, ["未分配"] = unassigned });
    }

    public static byte[] Month(Instance instance, AnnualPlan annual, MonthlyPlan month)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var sheet in TownshipMonthSheet.ForMonth(instance, annual, month))
        {
            // TownshipMonthSheet writes one worksheet per workbook; read each back (header row as keys) into this one.
            using var single = new MemoryStream();
            sheet.WriteXlsx(single);
            single.Position = 0;
            var rows = single.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
            var name = sheet.SheetName;
            for (var i = 2; sheets.ContainsKey(name); i++) name = $"{sheet.SheetName[..Math.Min(sheet.SheetName.Length, 28)]}_{i}";
            sheets[name] = rows;
        }
        if (sheets.Count == 0) sheets[$"{month.Year}-{month.Month:00}"] = Workbooks.Table([.. TownshipMonthSheet.Headers]);
        return Workbooks.Save(sheets);
    }

}
