using System.Globalization;
using System.Text;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Uploads;

namespace Scheduler.Api.Needs;

/// <summary>
/// Reads an uploaded needs file: xlsx (the template's 需求 sheet, else the first visible sheet) or CSV (UTF-8, with or
/// without BOM). The first non-blank line is the header; columns are found by their Chinese or English names
/// (<see cref="NeedColumns.ByHeader"/>), in any order. Cells are kept as text; checking them is <see cref="NeedRowChecker"/>'s job.
/// </summary>
public static class NeedSheetReader
{
    /// <summary>Reads the file under <paramref name="limits"/> (the defaults when null); a file over a limit is one file error naming it.</summary>
    public static SheetRead Read(byte[] content, string fileName, UploadLimits? limits = null)
    {
        limits ??= new UploadLimits();
        if (content.Length == 0) return SheetRead.Failed(Ui.T("文件是空的", "the file is empty"));
        if (content.Length >= 4 && content[0] == 0xD0 && content[1] == 0xCF && content[2] == 0x11 && content[3] == 0xE0)
            return SheetRead.Failed(Ui.T("这是旧版 .xls 文件：请在 Excel 中另存为 .xlsx 或 CSV UTF-8 后再上传", "this is an old .xls file: save it as .xlsx or CSV UTF-8 first"));
        try
        {
            if (content.LongLength > limits.MaxFileBytes)
            {
                throw UploadRejectedException.Over("MaxFileMegabytes", limits.MaxFileMegabytes,
                    $"文件有 {content.LongLength / 1024.0 / 1024:0.0} MB，超过 {limits.MaxFileMegabytes} MB", $"the file has {content.LongLength / 1024.0 / 1024:0.0} MB, over {limits.MaxFileMegabytes} MB");
            }
            if (content.Length >= 2 && content[0] == (byte)'P' && content[1] == (byte)'K') return ReadXlsx(content, limits);
            if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
                return SheetRead.Failed(Ui.T("文件名是 .xlsx，但内容不是 Excel 表格", "the file is named .xlsx but is not an Excel workbook"));
            return ReadCsv(content, limits);
        }
        catch (UploadRejectedException e)
        {
            return SheetRead.Failed(e.Text);
        }
    }

    private static SheetRead ReadCsv(byte[] content, UploadLimits limits)
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
        return FromLines(CsvLines(text, limits), limits);
    }

    private static SheetRead ReadXlsx(byte[] content, UploadLimits limits)
    {
        try
        {
            using var workbook = XlsxWorkbook.Open(content, limits);
            var sheet = workbook.Sheets.FirstOrDefault(s => s.Name == NeedTemplate.NeedsSheet) ?? workbook.Sheets.FirstOrDefault(s => s.Visible);
            if (sheet is null) return SheetRead.Failed(Ui.T("工作簿里没有工作表", "the workbook has no sheet"));
            return FromLines(workbook.Rows(sheet).Select(row => (row.Number, Texts(row))), limits);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or NotSupportedException or IOException)
        {
            return SheetRead.Failed(XlsxWorkbook.Damaged().Text);
        }
    }

    /// <summary>The 0-based column of an A1 reference ("C7" → 2).</summary>
    public static int ColumnIndex(string reference) => XlsxWorkbook.ColumnIndex(reference);

    private static List<string> Texts(XlsxRow row)
    {
        var cells = new List<string>();
        foreach (var cell in row.Cells)
        {
            while (cells.Count < cell.Column) cells.Add("");
            if (cells.Count > cell.Column) continue;
            cells.Add(CellText(cell.Value));
        }
        return cells;
    }

    /// <summary>A cell's value as text: whole numbers without decimals, dates as yyyy-MM-dd (the rules sheet reads cells this way too).</summary>
    public static string CellText(object value) => value switch
    {
        string s => s,
        bool b => b ? DraftRows.Yes : DraftRows.No,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // Whole numbers as "2", not "2.0000000000000004" or "2E0".
        double number when Math.Abs(number - Math.Round(number)) < 1e-9 && Math.Abs(Math.Round(number)) < 1e15 =>
            ((long)Math.Round(number)).ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static SheetRead FromLines(IEnumerable<(int Line, List<string> Cells)> lines, UploadLimits limits)
    {
        Dictionary<int, NeedColumn>? header = null;
        var rows = new List<Scheduler.Data.Stores.NeedDraftRow>();
        var numbers = new List<int>();
        foreach (var (line, cells) in lines)
        {
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            if (cells.Count > limits.MaxColumns)
            {
                throw UploadRejectedException.Over("MaxColumns", limits.MaxColumns,
                    $"第 {line} 行有 {cells.Count:N0} 列", $"line {line} has {cells.Count:N0} columns");
            }
            for (var c = 0; c < cells.Count; c++)
            {
                if (Scheduler.Domain.Validation.TextLimits.FindControl(cells[c]) is { } bad)
                {
                    return SheetRead.Failed(Ui.T($"第 {line} 行第 {c + 1} 列含有控制字符（U+{(int)bad:X4}）：请删除后再上传",
                        $"line {line}, column {c + 1} holds a control character (U+{(int)bad:X4}): remove it and upload again"));
                }
            }
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

    /// <summary>
    /// RFC 4180 lines: quoted fields may hold commas, quotes ("") and line breaks. Line numbers count physical lines.
    /// At most <see cref="UploadLimits.MaxRows"/> lines and <see cref="UploadLimits.MaxCellChars"/> characters a cell.
    /// </summary>
    private static IEnumerable<(int Line, List<string> Cells)> CsvLines(string text, UploadLimits limits)
    {
        var line = 1;
        var start = 1;
        var rows = 0;
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (cell.Length > limits.MaxCellChars)
            {
                throw UploadRejectedException.Over("MaxCellChars", limits.MaxCellChars,
                    $"第 {start} 行第 {cells.Count + 1} 列超过 {limits.MaxCellChars:N0} 个字符", $"line {start}, column {cells.Count + 1} holds more than {limits.MaxCellChars:N0} characters");
            }
            if (cells.Count > limits.MaxColumns)
            {
                throw UploadRejectedException.Over("MaxColumns", limits.MaxColumns, $"第 {start} 行超过 {limits.MaxColumns} 列", $"line {start} has more than {limits.MaxColumns} columns");
            }
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
                    if (++rows > limits.MaxRows)
                    {
                        throw UploadRejectedException.Over("MaxRows", limits.MaxRows, $"CSV 文件超过 {limits.MaxRows:N0} 行", $"the CSV file has more than {limits.MaxRows:N0} lines");
                    }
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
