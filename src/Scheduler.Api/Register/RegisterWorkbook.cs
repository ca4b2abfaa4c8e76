using System.Data;
using System.Globalization;
using MiniExcelLibs;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Uploads;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Register;

/// <summary>
/// The plan year's register as an xlsx workbook the office edits and imports again: one worksheet per part of the
/// spec's instance (<see cref="RegisterSheets"/>), Chinese headers, lists in one cell separated by 、. Reading gives
/// back exactly what writing was given (needs aside: the register has none), and names every bad cell.
/// </summary>
public static class RegisterWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string ListSeparator = "、";

    private static readonly string[] WeekdayNames = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public static byte[] Write(Instance register)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(Build(register, null));
        return stream.ToArray();
    }

    /// <summary>Where each part of <paramref name="register"/> lies in the workbook <see cref="Write"/> makes of it.</summary>
    public static CellMap Layout(Instance register)
    {
        var map = new CellMap();
        Build(register, map);
        return map;
    }

    /// <summary>Reads the workbook under <paramref name="limits"/> (the defaults when null); a file over a limit is one error naming it.</summary>
    public static RegisterRead Read(byte[] workbook, UploadLimits? limits = null)
    {
        var errors = new List<RegisterCellError>();
        var map = new CellMap();
        try
        {
            using var xlsx = XlsxWorkbook.Open(workbook, limits ?? new UploadLimits());
            return ReadSheets(xlsx, errors, map);
        }
        catch (UploadRejectedException e)
        {
            errors.Add(new RegisterCellError(null, null, null, e.Text));
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or NotSupportedException or IOException)
        {
            errors.Add(new RegisterCellError(null, null, null, Ui.T("无法打开这个文件：它不是有效的 Excel（.xlsx）表格。", "This file cannot be opened: it is not a valid Excel (.xlsx) workbook.")));
        }
        return new RegisterRead(new Instance(), errors, map);
    }

    private static RegisterRead ReadSheets(XlsxWorkbook workbook, List<RegisterCellError> errors, CellMap map)
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
                    if (Weekday(value) is { } day)
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

    /// <summary>星期二, 周二, Tuesday or 2 (Monday = 1, Sunday = 7).</summary>
    private static DayOfWeek? Weekday(string text)
    {
        for (var i = 0; i < 7; i++)
        {
            var day = (DayOfWeek)i;
            if (text == WeekdayNames[i] || text == "周" + WeekdayNames[i][2..] || string.Equals(text, day.ToString(), StringComparison.OrdinalIgnoreCase))
                return day;
        }
        if (text is "星期天" or "周天") return DayOfWeek.Sunday;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 7 ? (DayOfWeek)(n % 7) : null;
    }

    /// <summary>The workbook's sheets as MiniExcel saves them; fills <paramref name="map"/> when given.</summary>
    private static Dictionary<string, object> Build(Instance r, CellMap? map)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);

        var rules = Table(RegisterSheets.Rules);
        map?.Add("$.rules", RegisterSheets.Rules, null);
        map?.Add("$.rules.maxVisitsPerYearByTier", RegisterSheets.Rules, null);
        foreach (var (path, label, note) in RegisterSheets.RuleRows)
        {
            object? value = path switch
            {
                "$.name" => r.Name,
                "$.year" => r.Year,
                "$.rules.maxDepartmentsPerVisit" => r.Rules.MaxDepartmentsPerVisit,
                "$.rules.maxVisitMinutes" => r.Rules.MaxVisitMinutes,
                "$.rules.officersPerDepartment" => r.Rules.OfficersPerDepartment,
                "$.rules.workdayMinutes" => r.Rules.WorkdayMinutes,
                "$.rules.maxVisitsPerTeamDay" => r.Rules.MaxVisitsPerTeamDay,
                "$.rules.travelKmh" => r.Rules.TravelKmh,
                "$.rules.roadFactor" => r.Rules.RoadFactor,
                _ => r.Rules.CapFor(path[(path.LastIndexOf('.') + 1)..]),
            };
            rules.Rows.Add(label, value, note);
            map?.Add(path, RegisterSheets.Rules, rules.Rows.Count + 1, RegisterSheets.ValueHeader);
        }
        sheets[RegisterSheets.Rules] = rules;

        var calendar = Table(RegisterSheets.Calendar);
        map?.Add("$.calendar", RegisterSheets.Calendar, null);
        void Day(string path, string kind, string value)
        {
            calendar.Rows.Add(kind, value);
            map?.Add(path, RegisterSheets.Calendar, calendar.Rows.Count + 1, RegisterSheets.ValueHeader);
        }
        for (var i = 0; i < r.Calendar.JointWeekdays.Count; i++)
            Day($"$.calendar.jointWeekdays[{i}]", RegisterSheets.JointWeekday, WeekdayNames[(int)r.Calendar.JointWeekdays[i] % 7]);
        for (var i = 0; i < r.Calendar.Holidays.Count; i++) Day($"$.calendar.holidays[{i}]", RegisterSheets.Holiday, Iso(r.Calendar.Holidays[i]));
        for (var i = 0; i < r.Calendar.ExtraWorkdays.Count; i++) Day($"$.calendar.extraWorkdays[{i}]", RegisterSheets.ExtraWorkday, Iso(r.Calendar.ExtraWorkdays[i]));
        sheets[RegisterSheets.Calendar] = calendar;

        sheets[RegisterSheets.Townships] = List(RegisterSheets.Townships, "$.townships", r.Townships, map,
            t => [t.Id, t.Name, t.Location.Lat, t.Location.Lon]);
        sheets[RegisterSheets.Departments] = List(RegisterSheets.Departments, "$.departments", r.Departments, map, d => [d.Id, d.Name]);
        sheets[RegisterSheets.CheckItems] = List(RegisterSheets.CheckItems, "$.checkItems", r.CheckItems, map,
            c => [c.Id, c.Department, c.Name, c.Minutes, c.Theme]);
        sheets[RegisterSheets.Enterprises] = List(RegisterSheets.Enterprises, "$.enterprises", r.Enterprises, map,
            e => [e.Id, e.Name, e.Township, e.Location.Lat, e.Location.Lon, RegisterSheets.TierNames.GetValueOrDefault(e.CreditTier, e.CreditTier),
                e.Industry, string.Join(ListSeparator, e.ClosedMonths)]);
        sheets[RegisterSheets.Inspectors] = List(RegisterSheets.Inspectors, "$.inspectors", r.Inspectors, map,
            i => [i.Id, i.Name, i.Department, i.Township, string.Join(ListSeparator, i.Unavailable.Select(Iso)), string.Join(ListSeparator, i.Conflicts)]);
        sheets[RegisterSheets.Capacities] = List(RegisterSheets.Capacities, "$.capacities", r.Capacities, map, c => [c.Department, c.Month, c.Visits]);
        return sheets;
    }

    private static DataTable List<T>(string sheet, string path, IReadOnlyList<T> rows, CellMap? map, Func<T, object?[]> cells)
    {
        var table = Table(sheet);
        map?.Add(path, sheet, null);
        for (var i = 0; i < rows.Count; i++)
        {
            table.Rows.Add(cells(rows[i]).Select(v => v is string { Length: 0 } ? null : v).ToArray());
            map?.Add($"{path}[{i}]", sheet, i + 2);
        }
        return table;
    }

    private static DataTable Table(string sheet)
    {
        var table = new DataTable(sheet);
        foreach (var (_, header) in RegisterSheets.Columns[sheet]) table.Columns.Add(header, typeof(object));
        return table;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
