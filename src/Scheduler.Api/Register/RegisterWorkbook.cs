using System.Data;
using System.Globalization;
using MiniExcelLibs;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Uploads;
using Scheduler.Domain.Calendar;
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
            return RegisterWorkbookReader.ReadSheets(xlsx, errors, map);
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
            Day($"$.calendar.jointWeekdays[{i}]", RegisterSheets.JointWeekday, Weekdays.ChineseNames[(int)r.Calendar.JointWeekdays[i] % 7]);
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
