using System.Data;
using System.IO.Compression;
using System.Text;
using Scheduler.Api.Shared;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Export;

namespace Scheduler.Api.Plans;

/// <summary>
/// The downloadable files of one solve run: the plan in the spec's JSON, the annual plan as one xlsx workbook per
/// department and per township (each with one sheet: the visits that concern it), the monthly plans as one xlsx per
/// township and month (Scheduler.Export's <see cref="TownshipMonthSheet"/>), an .ics per officer
/// (<see cref="OfficerCalendar"/>), and a zip of all of them.
/// </summary>
public sealed class PlanFiles(long runId, Instance instance, AnnualPlan plan, IReadOnlyList<MonthlyPlan> months)
{
    public const string XlsxType = PlanWorkbook.ContentType;

    public long RunId => runId;
    public Instance Instance => instance;
    public AnnualPlan Plan => plan;
    public IReadOnlyList<MonthlyPlan> Months => months;

    private InstanceLookup Lookup => field ??= new InstanceLookup(instance);

    public string PlanJson() => ContractJson.Write(plan);

    /// <summary>The year's visits a department takes part in, with its own items and who else comes along; null for an unknown department.</summary>
    public byte[]? DepartmentWorkbook(string department)
    {
        if (instance.Departments.All(d => d.Id != department)) return null;
        var table = Workbooks.Table("月份", "走访编号", "企业编号", "企业名称", "乡镇", "本部门检查事项", "同行部门", "本部门需求");
        foreach (var visit in Sorted(plan.Visits))
        {
            var tasks = visit.Tasks.Where(t => Lookup.Need(t.Need)?.Department == department).ToList();
            if (tasks.Count == 0) continue;
            var enterprise = Lookup.Enterprise(visit.Enterprise);
            var others = DepartmentsOf(visit).Where(d => d != department).Select(Lookup.DepartmentName);
            table.Rows.Add(visit.Month, visit.Id, visit.Enterprise, enterprise?.Name ?? "", Lookup.TownshipName(enterprise?.Township),
                string.Join("、", tasks.SelectMany(t => Lookup.Need(t.Need)?.Items ?? []).Distinct().Select(Lookup.ItemName)),
                string.Join("、", others), string.Join("、", tasks.Select(t => $"{t.Need}#{t.Occurrence}")));
        }
        var unassigned = Workbooks.Table("需求", "第几次", "企业", "原因");
        foreach (var u in plan.Unassigned.Where(u => Lookup.Need(u.Need)?.Department == department))
            unassigned.Rows.Add(u.Need, u.Occurrence, Lookup.Need(u.Need)?.Enterprise ?? "", u.Reason);
        return Workbooks.Save(new Dictionary<string, object> { [Sheet($"{plan.Year}年 {Lookup.DepartmentName(department)}")] = table, ["未分配"] = unassigned });
    }

    /// <summary>The year's visits at a township's enterprises; null for an unknown township.</summary>
    public byte[]? TownshipWorkbook(string township)
    {
        if (instance.Townships.All(t => t.Id != township)) return null;
        var table = Workbooks.Table("月份", "走访编号", "企业编号", "企业名称", "部门", "检查事项");
        foreach (var visit in Sorted(plan.Visits))
        {
            var enterprise = Lookup.Enterprise(visit.Enterprise);
            if (enterprise?.Township != township) continue;
            table.Rows.Add(visit.Month, visit.Id, visit.Enterprise, enterprise.Name, string.Join("、", DepartmentsOf(visit).Select(Lookup.DepartmentName)),
                string.Join("；", visit.Tasks.Select(t => Lookup.Need(t.Need)).Where(n => n is not null).GroupBy(n => n!.Department)
                    .Select(g => $"{Lookup.DepartmentName(g.Key)}：{string.Join("、", g.SelectMany(n => n!.Items).Distinct().Select(Lookup.ItemName))}")));
        }
        return Workbooks.Save(new Dictionary<string, object> { [Sheet($"{plan.Year}年 {Lookup.TownshipName(township)}")] = table });
    }

    /// <summary>One township's month (team-days, routes, teams); null when the township or month is unknown.</summary>
    public byte[]? TownshipMonthWorkbook(string township, int month)
    {
        if (instance.Townships.All(t => t.Id != township) || months.FirstOrDefault(m => m.Month == month) is not { } monthly) return null;
        var sheet = TownshipMonthSheet.ForMonth(instance, plan, monthly).FirstOrDefault(s => s.Township.Id == township)
                    ?? new TownshipMonthSheet { Township = instance.Townships.First(t => t.Id == township), Year = monthly.Year, Month = month };
        using var stream = new MemoryStream();
        sheet.WriteXlsx(stream);
        return stream.ToArray();
    }

    /// <summary>The officer's team-days as iCalendar text; null for an unknown officer.</summary>
    public string? OfficerIcs(string inspector, DateTime stampUtc)
    {
        if (instance.Inspectors.All(i => i.Id != inspector)) return null;
        return OfficerCalendar.Serialize(OfficerCalendar.For(instance, plan, months, inspector, stampUtc));
    }

    /// <summary>Officers with at least one team-day, in register order.</summary>
    public IReadOnlyList<Inspector> WorkingOfficers()
    {
        var working = months.SelectMany(m => m.TeamDays).SelectMany(t => t.Inspectors).ToHashSet(StringComparer.Ordinal);
        return [.. instance.Inspectors.Where(i => working.Contains(i.Id))];
    }

    /// <summary>Everything in one zip: plan.json, instance.json, months/, departments/, townships/ (annual and monthly xlsx and csv), officers/ (.ics).</summary>
    public byte[] Zip(DateTime stampUtc)
    {
        var folder = Directory.CreateTempSubdirectory("scheduler-export-");
        try
        {
            ExportWriter.WriteAll(instance, plan, months, folder.FullName, new FixedClock(stampUtc));
            File.WriteAllText(Path.Combine(folder.FullName, "plan.json"), PlanJson(), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(folder.FullName, "instance.json"), ContractJson.Write(instance), new UTF8Encoding(false));
            Directory.CreateDirectory(Path.Combine(folder.FullName, "months"));
            foreach (var m in months)
                File.WriteAllText(Path.Combine(folder.FullName, "months", $"month-{m.Month:00}.json"), ContractJson.Write(m), new UTF8Encoding(false));
            Directory.CreateDirectory(Path.Combine(folder.FullName, "departments"));
            foreach (var d in instance.Departments)
                File.WriteAllBytes(Path.Combine(folder.FullName, "departments", FileName(d.Id, d.Name) + ".xlsx"), DepartmentWorkbook(d.Id)!);
            Directory.CreateDirectory(Path.Combine(folder.FullName, "townships"));
            foreach (var t in instance.Townships)
                File.WriteAllBytes(Path.Combine(folder.FullName, "townships", FileName(t.Id, t.Name) + $"-{plan.Year}年度.xlsx"), TownshipWorkbook(t.Id)!);
            using var zip = new MemoryStream();
            ZipFile.CreateFromDirectory(folder.FullName, zip, CompressionLevel.Fastest, includeBaseDirectory: false, Encoding.UTF8);
            return zip.ToArray();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>"SCJG-市场监管", safe as a file name.</summary>
    public static string FileName(string id, string? name)
    {
        var text = string.IsNullOrWhiteSpace(name) ? id : $"{id}-{name}";
        foreach (var c in Path.GetInvalidFileNameChars().Concat(@":\/?*[]""<>|")) text = text.Replace(c, '_');
        return text;
    }

    private IEnumerable<Visit> Sorted(IEnumerable<Visit> visits) =>
        visits.OrderBy(v => v.Month).ThenBy(v => v.Enterprise, StringComparer.Ordinal).ThenBy(v => v.Id, StringComparer.Ordinal);

    /// <summary>The departments of a visit's tasks in task order (the order the workbooks list them in).</summary>
    private IEnumerable<string> DepartmentsOf(Visit visit) => visit.Tasks.Select(t => Lookup.Need(t.Need)?.Department).OfType<string>().Distinct();

    private static string Sheet(string name)
    {
        foreach (var c in @":\/?*[]") name = name.Replace(c, '_');
        return name.Length <= 31 ? name : name[..31];
    }

    private sealed class FixedClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
    }
}
