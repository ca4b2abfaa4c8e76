using System.Globalization;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Uploads;
using Scheduler.Domain.Json;
using Scheduler.Domain.Plans;
using Scheduler.Domain.Records;

namespace Scheduler.Api.Records;

/// <summary>
/// A month's results as an xlsx (issue 14, item 1): the template lists the visits (with what is recorded so far) under
/// <see cref="Columns"/>; the upload is read with the service's one xlsx reader (<see cref="XlsxWorkbook"/>, as the needs
/// upload) into a <see cref="RecordSet"/>. A row with an empty 结果 is left out; every problem names the sheet and cell
/// (结果!E7), and the record checker's JSON paths are turned back into cells the same way (<see cref="CellOf"/>).
/// </summary>
public static class RecordSheet
{
    public const string Sheet = "结果";

    /// <summary>The columns: Chinese header, English header, the record's field it fills.</summary>
    public static readonly IReadOnlyList<(string Zh, string En, string Field)> Columns =
    [
        ("检查编号", "Visit", "visit"), ("企业编号", "Enterprise", ""), ("企业名称", "Name", ""), ("月份", "Month", ""),
        ("结果", "Outcome", "outcome"), ("日期", "Date", "date"), ("执法人员", "Officers", "officers"), ("发现问题", "Findings", "findings"),
        ("未检查原因", "Reason not done", "reason"), ("说明", "Note", "note"),
    ];

    private static readonly Dictionary<string, string> Outcomes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["已检查"] = RecordOutcomes.Done, ["done"] = RecordOutcomes.Done, ["未检查"] = RecordOutcomes.NotDone, ["notDone"] = RecordOutcomes.NotDone,
        ["not done"] = RecordOutcomes.NotDone,
    };

    private static readonly Dictionary<string, string> Reasons = new(StringComparer.OrdinalIgnoreCase)
    {
        ["已关停"] = NotDoneReasons.Closed, ["关停"] = NotDoneReasons.Closed, ["无人/找不到"] = NotDoneReasons.NotFound, ["无人"] = NotDoneReasons.NotFound,
        ["找不到"] = NotDoneReasons.NotFound, ["拒绝检查"] = NotDoneReasons.Refused, ["拒绝"] = NotDoneReasons.Refused, ["延期"] = NotDoneReasons.Postponed,
        [NotDoneReasons.Closed] = NotDoneReasons.Closed, [NotDoneReasons.NotFound] = NotDoneReasons.NotFound,
        [NotDoneReasons.Refused] = NotDoneReasons.Refused, [NotDoneReasons.Postponed] = NotDoneReasons.Postponed,
    };

    /// <summary>The template: a row per visit of the month, what is recorded so far filled in.</summary>
    public static byte[] Template(IEnumerable<(Visit Visit, string Name)> visits, IReadOnlyDictionary<string, VisitRecord> current)
    {
        var table = Workbooks.Table([.. Columns.Select(c => $"{c.Zh} {c.En}")]);
        foreach (var (visit, name) in visits)
        {
            var r = current.GetValueOrDefault(visit.Id);
            table.Rows.Add(visit.Id, visit.Enterprise, name, visit.Month,
                r is null ? "" : r.IsDone ? "已检查" : "未检查", r?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                string.Join(",", r?.Officers ?? []), r?.Findings ?? "", r?.Reason ?? "", r?.Note ?? "");
        }
        return Workbooks.Save(new Dictionary<string, object> { [Sheet] = table });
    }

    /// <summary>
    /// Reads an uploaded results workbook. <paramref name="monthOf"/> gives a visit's month in the plan (null when it has
    /// none): throughMonth is the latest month of a visit read. <see cref="RecordSheetRead.Rows"/> holds each record's
    /// sheet row, for <see cref="CellOf"/>.
    /// </summary>
    public static RecordSheetRead Read(byte[] content, AnnualPlan plan, Func<string, int?> monthOf, UploadLimits limits)
    {
        if (!XlsxWorkbook.LooksLikeZip(content)) return RecordSheetRead.Failed(new("file", Ui.T("不是 xlsx 文件", "not an xlsx file")));
        try
        {
            using var workbook = XlsxWorkbook.Open(content, limits);
            var sheet = workbook.Sheets.FirstOrDefault(s => s.Name == Sheet) ?? workbook.Sheets.FirstOrDefault(s => s.Visible);
            if (sheet is null) return RecordSheetRead.Failed(new("file", Ui.T("工作簿里没有工作表", "the workbook has no sheet")));
            Dictionary<int, int>? header = null;
            var errors = new List<InputError>();
            var records = new List<VisitRecord>();
            var rows = new List<int>();
            foreach (var row in workbook.Rows(sheet))
            {
                var cells = row.Cells.ToDictionary(c => c.Column, c => c.Value);
                if (cells.Count == 0 || cells.Values.All(v => v is string s && string.IsNullOrWhiteSpace(s))) continue;
                if (header is null)
                {
                    header = Header(cells);
                    if (!header.ContainsKey(0) || !header.ContainsKey(4))
                        return RecordSheetRead.Failed(new($"{sheet.Name}!{row.Number}", Ui.T("表头缺少“检查编号”或“结果”列：请使用下载的模板", "the header lacks the Visit or Outcome column: use the template")));
                    continue;
                }
                string Text(int field) => header.TryGetValue(field, out var col) && cells.TryGetValue(col, out var v) ? CellText(v) : "";
                string Cell(int field) => $"{sheet.Name}!{XlsxWorkbook.ColumnName(header.GetValueOrDefault(field))}{row.Number}";
                var outcomeText = Text(4);
                if (outcomeText.Length == 0) continue;
                if (!Outcomes.TryGetValue(outcomeText, out var outcome))
                {
                    errors.Add(new(Cell(4), Ui.T($"“{outcomeText}”不是“已检查”或“未检查”", $"'{outcomeText}' is neither done (已检查) nor not done (未检查)")));
                    continue;
                }
                DateOnly? date = null;
                if (header.TryGetValue(5, out var dateColumn) && cells.TryGetValue(dateColumn, out var d) && outcome == RecordOutcomes.Done)
                {
                    date = d is DateTime dt ? DateOnly.FromDateTime(dt)
                        : DateOnly.TryParseExact(CellText(d), ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
                    if (date is null) errors.Add(new(Cell(5), Ui.T($"“{CellText(d)}”不是日期（如 {plan.Year}-03-05）", $"'{CellText(d)}' is not a date (e.g. {plan.Year}-03-05)")));
                }
                var reasonText = Text(8);
                string? reason = outcome == RecordOutcomes.NotDone ? Reasons.GetValueOrDefault(reasonText, reasonText) : null;
                var officers = Text(6).Split([',', '，', '、', ' '], StringSplitOptions.RemoveEmptyEntries);
                records.Add(new VisitRecord
                {
                    Visit = Text(0), Outcome = outcome, Date = date, Officers = outcome == RecordOutcomes.Done ? officers : null,
                    Findings = Text(7) is { Length: > 0 } f ? f : null, Reason = reason is { Length: > 0 } ? reason : null, Note = Text(9) is { Length: > 0 } n ? n : null,
                });
                rows.Add(row.Number);
            }
            if (header is null) return RecordSheetRead.Failed(new($"{sheet.Name}!A1", Ui.T("工作表是空的", "the sheet is empty")));
            if (records.Count == 0 && errors.Count == 0)
                errors.Add(new($"{sheet.Name}!E2", Ui.T("没有一行填写了“结果”", "no row has an outcome")));
            int through = records.Select(r => monthOf(r.Visit) ?? 0).DefaultIfEmpty(0).Max();
            var set = new RecordSet { Instance = plan.Instance, Year = plan.Year, ThroughMonth = Math.Max(1, through), Records = records };
            return new RecordSheetRead(errors.Count == 0 ? set : null, errors, rows, sheet.Name, header);
        }
        catch (UploadRejectedException e)
        {
            return RecordSheetRead.Failed(new("file", e.Text));
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or NotSupportedException or IOException)
        {
            return RecordSheetRead.Failed(new("file", XlsxWorkbook.Damaged().Text));
        }
    }

    /// <summary>A record checker's path ($.records[3].date) as the cell it came from (结果!F5); other paths unchanged.</summary>
    public static InputError CellOf(InputError error, RecordSheetRead read)
    {
        var m = System.Text.RegularExpressions.Regex.Match(error.Path, @"^\$\.records\[(\d+)\](?:\.(\w+))?");
        if (!m.Success || !int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var i) || i >= read.Rows.Count) return error;
        var field = Columns.Select((c, index) => (c.Field, index)).FirstOrDefault(c => c.Field == (m.Groups[2].Success ? m.Groups[2].Value : "visit")).index;
        int column = read.Header.GetValueOrDefault(field);
        return new InputError($"{read.SheetName}!{XlsxWorkbook.ColumnName(column)}{read.Rows[i]}", error.Message);
    }

    /// <summary>Column of the sheet → index in <see cref="Columns"/>, matched by the Chinese or English header (either or both).</summary>
    private static Dictionary<int, int> Header(Dictionary<int, object> cells)
    {
        var header = new Dictionary<int, int>();
        foreach (var (column, value) in cells)
        {
            var text = CellText(value);
            for (int f = 0; f < Columns.Count; f++)
            {
                var c = Columns[f];
                if (text == c.Zh || text.Equals(c.En, StringComparison.OrdinalIgnoreCase) || text == $"{c.Zh} {c.En}") header.TryAdd(f, column);
            }
        }
        return header;
    }

    private static string CellText(object value) => value switch
    {
        string s => s.Trim(),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n when Math.Abs(n - Math.Round(n)) < 1e-9 && Math.Abs(n) < 1e15 => ((long)Math.Round(n)).ToString(CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
