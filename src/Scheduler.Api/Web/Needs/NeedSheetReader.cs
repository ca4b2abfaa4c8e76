using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Scheduler.Api.Web.Needs;

/// <summary>
/// Reads an uploaded needs file: xlsx (the template's 需求 sheet, else the first visible sheet) or CSV (UTF-8, with or
/// without BOM). The first non-blank line is the header; columns are found by their Chinese or English names
/// (<see cref="NeedColumns.ByHeader"/>), in any order. Cells are kept as text; checking them is <see cref="NeedRowChecker"/>'s job.
/// </summary>
public static class NeedSheetReader
{
    public static SheetRead Read(byte[] content, string fileName)
    {
        if (content.Length == 0) return SheetRead.Failed(Ui.T("文件是空的", "the file is empty"));
        if (content.Length >= 4 && content[0] == 0xD0 && content[1] == 0xCF && content[2] == 0x11 && content[3] == 0xE0)
            return SheetRead.Failed(Ui.T("这是旧版 .xls 文件：请在 Excel 中另存为 .xlsx 或 CSV UTF-8 后再上传", "this is an old .xls file: save it as .xlsx or CSV UTF-8 first"));
        if (content.Length >= 2 && content[0] == (byte)'P' && content[1] == (byte)'K') return ReadXlsx(content);
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            return SheetRead.Failed(Ui.T("文件名是 .xlsx，但内容不是 Excel 表格", "the file is named .xlsx but is not an Excel workbook"));
        return ReadCsv(content);
    }

    public static SheetRead ReadCsv(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return SheetRead.Failed(Ui.T("CSV 文件不是 UTF-8 编码：请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后再上传",
                "the CSV file is not UTF-8: save it as \"CSV UTF-8 (comma delimited)\" first"));
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return FromLines(CsvLines(text));
    }

    public static SheetRead ReadXlsx(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart;
            var sheets = workbook?.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
            var sheet = sheets.FirstOrDefault(s => s.Name?.Value == NeedTemplate.NeedsSheet)
                ?? sheets.FirstOrDefault(s => s.State is null || s.State.Value == SheetStateValues.Visible);
            if (workbook is null || sheet?.Id?.Value is not { } id) return SheetRead.Failed(Ui.T("工作簿里没有工作表", "the workbook has no sheet"));
            var part = (WorksheetPart)workbook.GetPartById(id);
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var lines = new List<(int Line, List<string> Cells)>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var line = (int)(row.RowIndex?.Value ?? (uint)(lines.Count == 0 ? 1 : lines[^1].Line + 1));
                var cells = new List<string>();
                var next = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                    while (cells.Count < column) cells.Add("");
                    cells.Add(CellText(cell, shared));
                    next = column + 1;
                }
                lines.Add((line, cells));
            }
            return FromLines(lines);
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or System.Xml.XmlException
                                       or InvalidOperationException or ArgumentException or FormatException)
        {
            return SheetRead.Failed(Ui.T("无法读取这个 xlsx 文件（文件损坏或不是 Excel 表格）", "cannot read this xlsx file (damaged or not a workbook)"));
        }
    }

    /// <summary>The 0-based column of an A1 reference ("C7" → 2).</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetter(ch)) break;
            index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        }
        return index - 1;
    }

    private static string CellText(Cell cell, IReadOnlyList<string> shared)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        var raw = cell.CellValue?.Text ?? "";
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : "";
        if (type == CellValues.Boolean) return raw == "1" ? DraftRows.Yes : DraftRows.No;
        if (type is null || type == CellValues.Number)
        {
            // Whole numbers as "2", not "2.0000000000000004" or "2E0".
            if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                var rounded = Math.Round(number);
                if (Math.Abs(number - rounded) < 1e-9 && Math.Abs(rounded) < 1e15) return ((long)rounded).ToString(CultureInfo.InvariantCulture);
            }
        }
        return raw;
    }

    private static SheetRead FromLines(IEnumerable<(int Line, List<string> Cells)> lines)
    {
        Dictionary<int, NeedColumn>? header = null;
        var rows = new List<Scheduler.Data.Stores.NeedDraftRow>();
        var numbers = new List<int>();
        foreach (var (line, cells) in lines)
        {
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            if (header is null)
            {
                header = [];
                for (var c = 0; c < cells.Count; c++)
                {
                    if (NeedColumns.ByHeader(cells[c]) is { } column && !header.ContainsValue(column)) header[c] = column;
                }
                var missing = NeedColumns.All.Where(c => c.Key is NeedColumns.Enterprise or NeedColumns.Items or NeedColumns.TimesPerYear)
                    .Where(c => !header.ContainsValue(c)).Select(c => c.Chinese).ToList();
                if (missing.Count > 0)
                {
                    return SheetRead.Failed(Ui.T($"第 {line} 行应是表头，缺少列：{string.Join("、", missing)}（请使用下载的模板）",
                        $"line {line} should be the header but lacks: {string.Join(", ", missing)} (use the downloaded template)"));
                }
                continue;
            }
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (c, column) in header) values[column.Key] = c < cells.Count ? cells[c] : "";
            rows.Add(NeedColumns.FromCells(values, Ui.T($"第 {line} 行", $"line {line}")));
            numbers.Add(line);
        }
        if (header is null) return SheetRead.Failed(Ui.T("文件里没有表头和数据", "the file has no header and no rows"));
        return new SheetRead(rows, numbers, []);
    }

    /// <summary>RFC 4180 lines: quoted fields may hold commas, quotes ("") and line breaks. Line numbers count physical lines.</summary>
    private static IEnumerable<(int Line, List<string> Cells)> CsvLines(string text)
    {
        var line = 1;
        var start = 1;
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else
                {
                    if (ch == '\n') line++;
                    cell.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when cell.Length == 0: quoted = true; break;
                case ',': cells.Add(cell.ToString()); cell.Clear(); break;
                case '\r': break;
                case '\n':
                    cells.Add(cell.ToString()); cell.Clear();
                    yield return (start, cells);
                    cells = [];
                    start = ++line;
                    break;
                default: cell.Append(ch); break;
            }
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            yield return (start, cells);
        }
    }
}
