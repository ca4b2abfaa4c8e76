using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Scheduler.Api.Shared.Uploads;

/// <summary>
/// An uploaded xlsx, read streaming under <see cref="UploadLimits"/>: the package is checked first (zip magic bytes,
/// number of parts, each part's declared size and compression ratio, no archive inside the archive), then every part
/// is read through <see cref="LimitedPart"/> with an <see cref="XmlReader"/> (no DOM, no DTD), so a part that
/// inflates beyond its header or the limits stops the read at once. Rows come one at a time (<see cref="Rows"/>);
/// formula cells are refused (the service reads values, and a formula's cached value is whatever the last program
/// that saved it computed). Every refusal is an <see cref="UploadRejectedException"/>.
/// </summary>
public sealed class XlsxWorkbook : IDisposable
{
    private readonly XlsxPackage package;
    private readonly UploadLimits limits;
    private readonly string? sharedStringsPart;
    private readonly string? stylesPart;
    private readonly char[] chunk = new char[4096];
    private List<string>? sharedStrings;
    private HashSet<int>? dateStyles;

    private XlsxWorkbook(ZipArchive zip, UploadLimits limits)
    {
        package = new XlsxPackage(zip, limits);
        this.limits = limits;
        var workbookPart = package.OfficeDocument();
        var rels = package.Relationships(workbookPart);
        Sheets = package.ReadSheets(workbookPart, rels);
        sharedStringsPart = rels.Values.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target;
        stylesPart = rels.Values.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)).Target;
    }

    /// <summary>The worksheets in the workbook's order.</summary>
    public IReadOnlyList<XlsxSheet> Sheets { get; }

    /// <summary>True when the bytes start like a zip file (an xlsx is one).</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> content) => content.StartsWith(XlsxPackage.ZipMagic);

    public static XlsxWorkbook Open(byte[] content, UploadLimits limits)
    {
        if (content.LongLength > limits.MaxFileBytes)
        {
            throw UploadRejectedException.Over("MaxFileMegabytes", limits.MaxFileMegabytes,
                $"文件有 {content.LongLength / 1024.0 / 1024:0.0} MB，超过 {limits.MaxFileMegabytes} MB", $"the file has {content.LongLength / 1024.0 / 1024:0.0} MB, over {limits.MaxFileMegabytes} MB");
        }
        if (!LooksLikeZip(content))
        {
            throw new UploadRejectedException(null, "这不是 xlsx 文件（文件开头不是 Excel 工作簿的格式）", "this is not an xlsx file (it does not start like a workbook)");
        }
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw Damaged();
        }
        try
        {
            return new XlsxWorkbook(zip, limits);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or NotSupportedException or IOException)
        {
            zip.Dispose();
            throw Damaged();
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>The message for a package that is not a readable workbook.</summary>
    public static UploadRejectedException Damaged() =>
        new(null, "无法读取这个 xlsx 文件（文件损坏或不是 Excel 表格）", "cannot read this xlsx file (damaged or not a workbook)");

    /// <summary>
    /// The sheet's rows in file order, streaming: at most <see cref="UploadLimits.MaxRows"/> rows (blank ones included)
    /// and <see cref="UploadLimits.MaxColumns"/> columns. Throws <see cref="UploadRejectedException"/> mid-way when the
    /// sheet breaks a limit, and XmlException or InvalidDataException when it is damaged (see <see cref="Damaged"/>).
    /// </summary>
    public IEnumerable<XlsxRow> Rows(XlsxSheet sheet)
    {
        using var reader = package.Xml(sheet.Part);
        var rows = 0;
        var last = 0;
        while (reader.Read())
        {
            XlsxPackage.CheckDepth(reader, sheet.Part);
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row") continue;
            if (++rows > limits.MaxRows)
            {
                throw UploadRejectedException.Over("MaxRows", limits.MaxRows,
                    $"工作表「{sheet.Name}」超过 {limits.MaxRows:N0} 行", $"the sheet {sheet.Name} has more than {limits.MaxRows:N0} rows");
            }
            var number = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= 1_048_576
                ? r : last + 1;
            last = number;
            yield return new XlsxRow(number, reader.IsEmptyElement ? [] : ReadCells(reader, sheet, number));
        }
    }

    /// <summary>The 0-based column of an A1 reference ("C7" → 2); -1 when it has no letters.</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetter(ch)) break;
            index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
            if (index > 1_000_000) break;
        }
        return index - 1;
    }

    /// <summary>The letters of a 0-based column (2 → "C").</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    public void Dispose() => package.Dispose();

    private List<XlsxCell> ReadCells(XmlReader reader, XlsxSheet sheet, int row)
    {
        var cells = new List<XlsxCell>();
        var depth = reader.Depth;
        var next = 0;
        while (reader.Read())
        {
            XlsxPackage.CheckDepth(reader, sheet.Part);
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) break;
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c") continue;
            var reference = reader.GetAttribute("r");
            var column = reference is null ? next : ColumnIndex(reference);
            if (column < 0) column = next;
            if (column >= limits.MaxColumns)
            {
                throw UploadRejectedException.Over("MaxColumns", limits.MaxColumns,
                    $"工作表「{sheet.Name}」第 {row} 行有第 {column + 1:N0} 列（{ColumnName(Math.Min(column, 16_383))} 列）", $"row {row} of the sheet {sheet.Name} reaches column {column + 1:N0}");
            }
            next = column + 1;
            var type = reader.GetAttribute("t");
            var style = int.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            if (reader.IsEmptyElement) continue;
            var where = $"{sheet.Name}!{ColumnName(column)}{row}";
            var value = type == "inlineStr" ? ReadInline(reader, sheet.Part, where) : ReadValue(reader, sheet.Part, where);
            if (value is not null && Convert(value, type, style) is { } converted) cells.Add(new XlsxCell(column, converted));
        }
        return cells;
    }

    /// <summary>The &lt;v&gt; text of a cell; a &lt;f&gt; (formula) is refused. The reader ends on the cell's end tag.</summary>
    private string? ReadValue(XmlReader reader, string part, string where)
    {
        string? value = null;
        var depth = reader.Depth;
        while (reader.Read())
        {
            XlsxPackage.CheckDepth(reader, part);
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) break;
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "f") throw Formula(where);
            if (reader.LocalName == "v") value = reader.IsEmptyElement ? "" : ReadText(reader, part, where);
            if (reader.LocalName == "is") value = reader.IsEmptyElement ? "" : ReadRich(reader, part, where);
        }
        return value;
    }

    private string ReadInline(XmlReader reader, string part, string where)
    {
        var value = "";
        var depth = reader.Depth;
        while (reader.Read())
        {
            XlsxPackage.CheckDepth(reader, part);
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) break;
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "f") throw Formula(where);
            if (reader.LocalName == "is" && !reader.IsEmptyElement) value = ReadRich(reader, part, where);
        }
        return value;
    }

    /// <summary>
    /// The text of a shared string item or inline string (&lt;si&gt;, &lt;is&gt;): its &lt;t&gt; runs, phonetic runs
    /// (&lt;rPh&gt;) left out; at most <see cref="UploadLimits.MaxCellChars"/> characters. Ends on the element's end tag.
    /// </summary>
    private string ReadRich(XmlReader reader, string part, string where)
    {
        var text = new StringBuilder();
        var depth = reader.Depth;
        var phonetic = -1;
        while (reader.Read())
        {
            XlsxPackage.CheckDepth(reader, part);
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.Depth == depth) break;
                if (reader.Depth == phonetic) phonetic = -1;
                continue;
            }
            if (reader.NodeType != XmlNodeType.Element || reader.IsEmptyElement) continue;
            if (reader.LocalName == "rPh") phonetic = reader.Depth;
            else if (reader.LocalName == "t" && phonetic < 0) AppendText(reader, text, part, where);
        }
        return text.ToString();
    }

    /// <summary>The text content of the element the reader is on (not empty), read in chunks; ends on its end tag.</summary>
    private string ReadText(XmlReader reader, string part, string where)
    {
        var text = new StringBuilder();
        AppendText(reader, text, part, where);
        return text.ToString();
    }

    private void AppendText(XmlReader reader, StringBuilder text, string part, string where)
    {
        var depth = reader.Depth;
        while (reader.Read())
        {
            XlsxPackage.CheckDepth(reader, part);
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) return;
            if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)) continue;
            int n;
            while ((n = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
            {
                if (text.Length + n > limits.MaxCellChars)
                {
                    throw UploadRejectedException.Over("MaxCellChars", limits.MaxCellChars,
                        $"单元格 {where} 的内容超过 {limits.MaxCellChars:N0} 个字符", $"the cell {where} holds more than {limits.MaxCellChars:N0} characters");
                }
                text.Append(chunk, 0, n);
            }
        }
    }

    private object? Convert(string value, string? type, int style)
    {
        switch (type)
        {
            case "s":
                var strings = SharedStrings();
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index] : null;
            case "inlineStr" or "str" or "e" or "d":
                return value;
            case "b":
                return value.Trim() == "1";
            default:
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return value;
                if (DateStyles().Contains(style) && number is > 0 and < 2_958_466) return DateTime.FromOADate(number);
                return number;
        }
    }

    private HashSet<int> DateStyles() => dateStyles ??= XlsxDateStyles.Read(package, stylesPart);

    private List<string> SharedStrings()
    {
        if (sharedStrings is not null) return sharedStrings;
        sharedStrings = [];
        if (sharedStringsPart is null || package.Entry(sharedStringsPart) is null) return sharedStrings;
        using var reader = package.Xml(sharedStringsPart);
        while (reader.Read())
        {
            XlsxPackage.CheckDepth(reader, sharedStringsPart);
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sst"
                && long.TryParse(reader.GetAttribute("uniqueCount"), NumberStyles.None, CultureInfo.InvariantCulture, out var declared) && declared > limits.MaxSharedStrings)
            {
                // The table says how big it is: refused before reading it (the count below still holds when it lies).
                throw UploadRejectedException.Over("MaxSharedStrings", limits.MaxSharedStrings,
                    $"共享字符串表有 {declared:N0} 项，超过 {limits.MaxSharedStrings:N0} 项", $"the shared string table has {declared:N0} entries, over {limits.MaxSharedStrings:N0}");
            }
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "si") continue;
            if (sharedStrings.Count >= limits.MaxSharedStrings)
            {
                throw UploadRejectedException.Over("MaxSharedStrings", limits.MaxSharedStrings,
                    $"共享字符串表超过 {limits.MaxSharedStrings:N0} 项", $"the shared string table has more than {limits.MaxSharedStrings:N0} entries");
            }
            sharedStrings.Add(reader.IsEmptyElement ? "" : ReadRich(reader, sharedStringsPart, $"sharedStrings[{sharedStrings.Count}]"));
        }
        return sharedStrings;
    }


    private static UploadRejectedException Formula(string where) =>
        new(null, $"单元格 {where} 是公式：请把公式改成数值（复制后“选择性粘贴 → 数值”）再上传", $"the cell {where} holds a formula: replace formulas by their values (paste values) and upload again");
}
