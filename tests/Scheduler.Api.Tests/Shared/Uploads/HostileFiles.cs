using System.IO.Compression;
using System.Text;

namespace Scheduler.Api.Tests.Shared.Uploads;

/// <summary>Small hand-made xlsx packages, good and hostile, for the upload readers' tests.</summary>
public static class HostileFiles
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A workbook whose first sheet (named <paramref name="sheetName"/>) has &lt;sheetData&gt; <paramref name="sheetData"/>; optional shared strings and extra parts.</summary>
    public static byte[] Workbook(string sheetData, string? sharedStrings = null, int sheets = 1, IEnumerable<(string Name, byte[] Content)>? extra = null,
        CompressionLevel level = CompressionLevel.Optimal, string sheetName = "需求")
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string text) => AddBytes(name, Encoding.UTF8.GetBytes(text));
            void AddBytes(string name, byte[] content)
            {
                using var stream = zip.CreateEntry(name, level).Open();
                stream.Write(content);
            }
            Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>""");
            Add("_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{Rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            var sheetList = string.Concat(Enumerable.Range(1, sheets).Select(i => $"""<sheet name="{(i == 1 ? sheetName : "S" + i)}" sheetId="{i}" r:id="rId{i}"/>"""));
            Add("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="{Rel}"><sheets>{sheetList}</sheets></workbook>""");
            var rels = string.Concat(Enumerable.Range(1, sheets).Select(i => $"""<Relationship Id="rId{i}" Type="{Rel}/worksheet" Target="worksheets/sheet{i}.xml"/>"""));
            if (sharedStrings is not null) rels += $"""<Relationship Id="rIdS" Type="{Rel}/sharedStrings" Target="sharedStrings.xml"/>""";
            Add("xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>""");
            for (var i = 1; i <= sheets; i++)
                Add($"xl/worksheets/sheet{i}.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData>{(i == 1 ? sheetData : "")}</sheetData></worksheet>""");
            if (sharedStrings is not null) Add("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}">{sharedStrings}</sst>""");
            foreach (var (name, content) in extra ?? []) AddBytes(name, content);
        }
        return memory.ToArray();
    }

    /// <summary>The needs header row (line 1) and then <paramref name="rows"/> rows of data, inline strings.</summary>
    public static string NeedRows(int rows, int from = 2)
    {
        var text = new StringBuilder(Row(1, "企业编号", "检查事项编号", "每年次数"));
        for (var r = from; r < from + rows; r++) text.Append(Row(r, "E1", "SCJG-01", "1"));
        return text.ToString();
    }

    public static string Row(int number, params string[] cells) =>
        $"<row r=\"{number}\">" + string.Concat(cells.Select((c, i) => $"<c r=\"{(char)('A' + i)}{number}\" t=\"inlineStr\"><is><t>{c}</t></is></c>")) + "</row>";

    /// <summary>A zip holding only other zips (each a workbook): no workbook of its own.</summary>
    public static byte[] ZipOfZips()
    {
        var inner = Workbook(NeedRows(3));
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < 3; i++)
            {
                using var stream = zip.CreateEntry($"inner{i}.xlsx").Open();
                stream.Write(inner);
            }
        }
        return memory.ToArray();
    }

    /// <summary>Rewrites the uncompressed size every header of the package declares for <paramref name="part"/> (local and central).</summary>
    public static byte[] LieAboutSize(byte[] package, string part, uint declared)
    {
        var bytes = (byte[])package.Clone();
        var name = Encoding.UTF8.GetBytes(part);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            if (signature == 0x04034b50 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name) && BitConverter.ToUInt16(bytes, i + 26) == name.Length)
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 22, 4), declared);
            if (signature == 0x02014b50 && bytes.AsSpan(i + 46, Math.Min(name.Length, bytes.Length - i - 46)).SequenceEqual(name) && BitConverter.ToUInt16(bytes, i + 28) == name.Length)
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), declared);
        }
        return bytes;
    }
}
