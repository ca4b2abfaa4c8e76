using System.Globalization;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Uploads;
using Scheduler.Domain.Calendar;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Register;

/// <summary>
/// Reads the sheets of an opened register workbook (<see cref="RegisterWorkbook.Read"/>) back into an instance,
/// mapping each row to its JSON path and naming every bad cell.
/// </summary>
internal static class RegisterWorkbookReader
{
    public static RegisterRead ReadSheets(XlsxWorkbook workbook, List<RegisterCellError> errors, CellMap map)
    {
        SheetReader? Open(string sheet, bool required, params string[] optional) =>
            SheetReader.Open(workbook, sheet, required, optional.ToHashSet(StringComparer.Ordinal), errors);

        var instance = new Instance();
        if (Open(RegisterSheets.Rules, false) is { } rules) instance = ReadRules(rules, instance, map);
        if (Open(RegisterSheets.Calendar, false) is { } calendar) instance = instance with { Calendar = ReadCalendar(calendar, map) };

        var townships = new List<Township>();
        if (Open(RegisterSheets.Townships, true) is { } t)
        {
            foreach (var (row, cells) in Indexed(t, map, "$.townships"))
            {
                townships.Add(new Township
                {
                    Id = t.Required(row, cells, "id"), Name = t.Required(row, cells, "name"),
                    Location = new GeoPoint(t.Number(row, cells, "location.lat", true) ?? 0, t.Number(row, cells, "location.lon", true) ?? 0),
                });
            }
        }

        var departments = new List<Department>();
        if (Open(RegisterSheets.Departments, true) is { } d)
        {
            foreach (var (row, cells) in Indexed(d, map, "$.departments"))
                departments.Add(new Department { Id = d.Required(row, cells, "id"), Name = d.Required(row, cells, "name") });
        }

        var items = new List<CheckItem>();
        if (Open(RegisterSheets.CheckItems, true, "theme") is { } c)
        {
            foreach (var (row, cells) in Indexed(c, map, "$.checkItems"))
            {
                items.Add(new CheckItem
                {
                    Id = c.Required(row, cells, "id"), Department = c.Required(row, cells, "department"), Name = c.Required(row, cells, "name"),
                    Minutes = c.Int(row, cells, "minutes", true) ?? 0, Theme = c.Text(row, cells, "theme"),
                });
            }
        }

        var enterprises = new List<Enterprise>();
        if (Open(RegisterSheets.Enterprises, true, "industry", "closedMonths") is { } e)
        {
            foreach (var (row, cells) in Indexed(e, map, "$.enterprises"))
            {
                enterprises.Add(new Enterprise
                {
                    Id = e.Required(row, cells, "id"), Name = e.Required(row, cells, "name"), Township = e.Required(row, cells, "township"),
                    Location = new GeoPoint(e.Number(row, cells, "location.lat", true) ?? 0, e.Number(row, cells, "location.lon", true) ?? 0),
                    CreditTier = Tier(e, row, cells), Industry = e.Text(row, cells, "industry"), ClosedMonths = e.IntList(row, cells, "closedMonths"),
                });
            }
        }

        var inspectors = new List<Inspector>();
        if (Open(RegisterSheets.Inspectors, true, "township", "unavailable", "conflicts") is { } i)
        {
            foreach (var (row, cells) in Indexed(i, map, "$.inspectors"))
            {
                inspectors.Add(new Inspector
                {
                    Id = i.Required(row, cells, "id"), Name = i.Required(row, cells, "name"), Department = i.Required(row, cells, "department"),
                    Township = i.Text(row, cells, "township"), Unavailable = i.DateList(row, cells, "unavailable"), Conflicts = i.List(row, cells, "conflicts"),
                });
            }
        }

        var capacities = new List<Capacity>();
        if (Open(RegisterSheets.Capacities, false) is { } k)
        {
            foreach (var (row, cells) in Indexed(k, map, "$.capacities"))
            {
                capacities.Add(new Capacity
                {
                    Department = k.Required(row, cells, "department"), Month = k.Int(row, cells, "month", true) ?? 0, Visits = k.Int(row, cells, "visits", true) ?? 0,
                });
            }
        }

        instance = instance with
        {
            Townships = townships, Departments = departments, CheckItems = items, Enterprises = enterprises, Inspectors = inspectors, Capacities = capacities,
        };
        return new RegisterRead(instance, errors, map);
    }

    /// <summary>The sheet's rows, each mapped as "$.list[index]" (and the list itself to the sheet).</summary>
    private static IEnumerable<(int Row, IDictionary<string, object?> Cells)> Indexed(SheetReader sheet, CellMap map, string list)
    {
        map.Add(list, sheet.Name, null);
        for (var index = 0; index < sheet.Rows.Count; index++)
        {
            var (row, cells) = sheet.Rows[index];
            map.Add($"{list}[{index}]", sheet.Name, row);
            yield return (row, cells);
        }
    }

    private static string Tier(SheetReader sheet, int row, IDictionary<string, object?> cells)
    {
        var text = sheet.Required(row, cells, "creditTier");
        if (text.Length == 0) return "";
        foreach (var (tier, name) in RegisterSheets.TierNames)
        {
            if (string.Equals(text, tier, StringComparison.OrdinalIgnoreCase) || text == name || text == name[..1]) return tier;
        }
        sheet.Bad(row, "creditTier", Ui.T($"信用等级「{text}」无效：请填 绿色、黄色 或 红色。", $"Credit tier '{text}' is not valid: use green, yellow or red."));
        return text;
    }

    private static Instance ReadRules(SheetReader sheet, Instance instance, CellMap map)
    {
        map.Add("$.rules", sheet.Name, null);
        map.Add("$.rules.maxVisitsPerYearByTier", sheet.Name, null);
        var rules = instance.Rules;
        var tiers = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var (row, cells) in sheet.Rows)
        {
            var label = sheet.Text(row, cells, "item");
            if (label is null) continue;
            var path = RegisterSheets.RuleRows.FirstOrDefault(r => r.Label == label || r.Path.EndsWith("." + label, StringComparison.Ordinal)).Path;
            if (path is null)
            {
                sheet.Bad(row, "item", Ui.T($"不认识的项目「{label}」：请使用下载表格中的项目名称。", $"Unknown item '{label}': use the items of the downloaded workbook."));
                continue;
            }
            map.Add(path, sheet.Name, row, RegisterSheets.ValueHeader);
            int? Int(bool required = true) => sheet.Int(row, cells, "value", required);
            double? Number() => sheet.Number(row, cells, "value", true);
            switch (path)
            {
                case "$.name": instance = instance with { Name = sheet.Text(row, cells, "value") ?? "" }; break;
                case "$.year": instance = instance with { Year = Int() ?? 0 }; break;
                case "$.rules.maxDepartmentsPerVisit": rules = rules with { MaxDepartmentsPerVisit = Int() ?? rules.MaxDepartmentsPerVisit }; break;
                case "$.rules.maxVisitMinutes": rules = rules with { MaxVisitMinutes = Int() ?? rules.MaxVisitMinutes }; break;
                case "$.rules.officersPerDepartment": rules = rules with { OfficersPerDepartment = Int() ?? rules.OfficersPerDepartment }; break;
                case "$.rules.workdayMinutes": rules = rules with { WorkdayMinutes = Int() ?? rules.WorkdayMinutes }; break;
                case "$.rules.maxVisitsPerTeamDay": rules = rules with { MaxVisitsPerTeamDay = Int() ?? rules.MaxVisitsPerTeamDay }; break;
                case "$.rules.travelKmh": rules = rules with { TravelKmh = Number() ?? rules.TravelKmh }; break;
                case "$.rules.roadFactor": rules = rules with { RoadFactor = Number() ?? rules.RoadFactor }; break;
                default:
                    if (Int(required: false) is { } cap) tiers[path[(path.LastIndexOf('.') + 1)..]] = cap;
                    break;
            }
        }
        return instance with { Rules = rules with { MaxVisitsPerYearByTier = tiers } };
    }

    private static PlanningCalendar ReadCalendar(SheetReader sheet, CellMap map)
    {
        map.Add("$.calendar", sheet.Name, null);
        var joint = new List<DayOfWeek>();
        var holidays = new List<DateOnly>();
        var extra = new List<DateOnly>();
        foreach (var (row, cells) in sheet.Rows)
        {
            var kind = sheet.Required(row, cells, "kind");
            var value = sheet.Required(row, cells, "value");
            if (kind.Length == 0 || value.Length == 0) continue;
            switch (kind)
            {
                case RegisterSheets.JointWeekday or "jointWeekdays":
                    if (Weekdays.Parse(value) is { } day)
                    {
                        map.Add($"$.calendar.jointWeekdays[{joint.Count}]", sheet.Name, row, RegisterSheets.ValueHeader);
                        joint.Add(day);
                    }
                    else sheet.Bad(row, "value", Ui.T($"「{value}」不是星期几（例如 星期二）。", $"'{value}' is not a weekday (such as Tuesday)."));
                    break;
                case RegisterSheets.Holiday or "holidays":
                case RegisterSheets.ExtraWorkday or "extraWorkdays":
                    var list = kind is RegisterSheets.Holiday or "holidays" ? holidays : extra;
                    if (SheetReader.ParseDate(value) is { } date)
                    {
                        map.Add($"$.calendar.{(ReferenceEquals(list, holidays) ? "holidays" : "extraWorkdays")}[{list.Count}]", sheet.Name, row, RegisterSheets.ValueHeader);
                        list.Add(date);
                    }
                    else sheet.Bad(row, "value", Ui.T($"「{value}」不是日期（例如 2027-05-01）。", $"'{value}' is not a date (such as 2027-05-01)."));
                    break;
                default:
                    sheet.Bad(row, "kind", Ui.T($"类型「{kind}」无效：请填 联合检查日、节假日 或 调休上班日。",
                        $"Kind '{kind}' is not valid: use 联合检查日 (joint weekday), 节假日 (holiday) or 调休上班日 (extra workday)."));
                    break;
            }
        }
        map.Add("$.calendar.jointWeekdays", sheet.Name, null);
        map.Add("$.calendar.holidays", sheet.Name, null);
        map.Add("$.calendar.extraWorkdays", sheet.Name, null);
        return new PlanningCalendar { JointWeekdays = joint.Count > 0 ? joint : [DayOfWeek.Tuesday], Holidays = holidays, ExtraWorkdays = extra };
    }
}
