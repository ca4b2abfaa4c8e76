using System.IO.Compression;
using System.Xml;

namespace Scheduler.Api.Shared.Uploads;

/// <summary>
/// The zip package of an uploaded xlsx (<see cref="XlsxWorkbook"/> reads its cells): checked when opened (number of
/// parts, each part's declared size and compression ratio, no archive inside the archive); its parts are found through
/// the package's relationships and read through <see cref="LimitedPart"/> with an <see cref="XmlReader"/> (no DTD).
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    public static readonly byte[] ZipMagic = [(byte)'P', (byte)'K', 3, 4];

    private readonly ZipArchive zip;
    private readonly UploadLimits limits;

    public XlsxPackage(ZipArchive zip, UploadLimits limits)
    {
        this.zip = zip;
        this.limits = limits;
        CheckParts();
    }

    public void Dispose() => zip.Dispose();

    /// <summary>Every part's declared size and ratio, the number of parts, and no zip inside the zip.</summary>
    private void CheckParts()
    {
        if (zip.Entries.Count > limits.MaxParts)
        {
            throw UploadRejectedException.Over("MaxParts", limits.MaxParts,
                $"xlsx 文件包含 {zip.Entries.Count:N0} 个部件，超过 {limits.MaxParts:N0} 个", $"the xlsx package has {zip.Entries.Count:N0} parts, over {limits.MaxParts:N0}");
        }
        Span<byte> head = stackalloc byte[4];
        foreach (var entry in zip.Entries)
        {
            if (entry.Length > limits.MaxPartBytes)
            {
                throw UploadRejectedException.Over("MaxPartMegabytes", limits.MaxPartMegabytes,
                    $"文件中的「{entry.FullName}」解压后有 {entry.Length / 1024.0 / 1024:0.0} MB", $"the part {entry.FullName} declares {entry.Length / 1024.0 / 1024:0.0} MB uncompressed");
            }
            if (entry.Length > 1024 * 1024 && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
            {
                throw UploadRejectedException.Over("MaxCompressionRatio", limits.MaxCompressionRatio,
                    $"文件中的「{entry.FullName}」压缩比为 {entry.Length / Math.Max(entry.CompressedLength, 1):N0}:1（疑似压缩炸弹）",
                    $"the part {entry.FullName} is compressed {entry.Length / Math.Max(entry.CompressedLength, 1):N0}:1 (a zip bomb?)");
            }
            if (entry.Length < 4) continue;
            using var stream = entry.Open();
            if (stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head.SequenceEqual(ZipMagic))
            {
                throw new UploadRejectedException(null, $"xlsx 文件里套着另一个压缩包（「{entry.FullName}」）：请上传 Excel 另存的 .xlsx 文件本身",
                    $"the xlsx holds another archive ({entry.FullName}): upload the .xlsx file Excel saved, not an archive of it");
            }
        }
    }

    /// <summary>The workbook part named by the package's relationships (xl/workbook.xml in every known producer).</summary>
    public string OfficeDocument()
    {
        var target = Entry("_rels/.rels") is null ? null
            : Relationships("").Values.FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target;
        target ??= "xl/workbook.xml";
        if (Entry(target) is null)
        {
            throw new UploadRejectedException(null, "这个压缩文件不是 Excel 工作簿（没有 xl/workbook.xml）", "this archive is not an Excel workbook (no xl/workbook.xml)");
        }
        return target;
    }

    /// <summary>The relationships of a part (Id → type and target, the target resolved to a part name).</summary>
    public Dictionary<string, (string Type, string Target)> Relationships(string part)
    {
        var folder = part.Contains('/') ? part[..part.LastIndexOf('/')] : "";
        var relsName = part.Length == 0 ? "_rels/.rels" : $"{folder}/_rels/{part[(part.LastIndexOf('/') + 1)..]}.rels".TrimStart('/');
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        if (Entry(relsName) is null) return result;
        using var reader = Xml(relsName);
        while (reader.Read())
        {
            CheckDepth(reader, relsName);
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
            if (reader.GetAttribute("Id") is { } id && reader.GetAttribute("Target") is { } target && reader.GetAttribute("TargetMode") != "External")
            {
                result.TryAdd(id, (reader.GetAttribute("Type") ?? "", Resolve(folder, target)));
            }
            if (result.Count > limits.MaxParts) break;
        }
        return result;
    }

    public List<XlsxSheet> ReadSheets(string workbookPart, Dictionary<string, (string Type, string Target)> rels)
    {
        var sheets = new List<XlsxSheet>();
        using var reader = Xml(workbookPart);
        while (reader.Read())
        {
            CheckDepth(reader, workbookPart);
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet") continue;
            if (sheets.Count >= limits.MaxSheets)
            {
                throw UploadRejectedException.Over("MaxSheets", limits.MaxSheets,
                    $"工作簿超过 {limits.MaxSheets} 个工作表", $"the workbook has more than {limits.MaxSheets} sheets");
            }
            var id = reader.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
            var name = reader.GetAttribute("name") ?? "";
            if (name.Length > 255) name = name[..255];
            if (id is not null && rels.TryGetValue(id, out var rel) && Entry(rel.Target) is not null)
            {
                sheets.Add(new XlsxSheet(name, reader.GetAttribute("state") is null or "visible", rel.Target));
            }
        }
        return sheets;
    }

    private static string Resolve(string folder, string target)
    {
        if (target.StartsWith('/')) return target.TrimStart('/');
        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var segment in target.Split('/'))
        {
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (segment is not ("." or "")) parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    public ZipArchiveEntry? Entry(string name) =>
        zip.GetEntry(name) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName.Replace('\\', '/').TrimStart('/'), name, StringComparison.OrdinalIgnoreCase));

    public XmlReader Xml(string part)
    {
        var entry = Entry(part) ?? throw XlsxWorkbook.Damaged();
        var stream = LimitedPart.Open(entry.Open(), part, entry.Length, entry.CompressedLength, limits);
        return XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
            MaxCharactersFromEntities = 1024,
        });
    }

    public static void CheckDepth(XmlReader reader, string part)
    {
        if (reader.Depth > UploadLimits.MaxXmlDepth)
        {
            throw new UploadRejectedException(null, $"文件中的「{part}」XML 嵌套超过 {UploadLimits.MaxXmlDepth} 层，不是正常的工作簿",
                $"the part {part} nests XML more than {UploadLimits.MaxXmlDepth} deep; not a normal workbook");
        }
    }
}
