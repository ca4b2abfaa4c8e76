using System.ComponentModel.DataAnnotations;

namespace Scheduler.Api.Shared.Uploads;

/// <summary>
/// The "Scheduler:Uploads" configuration section: what an uploaded file (needs xlsx/CSV, register xlsx/JSON) may hold.
/// Every limit is checked while the file is read (streaming), so a file over one is refused at once with a message
/// naming the setting, and reading never holds more than the limits allow.
/// </summary>
public sealed class UploadLimits
{
    public const string Section = "Scheduler:Uploads";

    /// <summary>The uploaded file itself (for xlsx: compressed), megabytes.</summary>
    [Range(1, 1_024)]
    public int MaxFileMegabytes { get; set; } = 10;

    /// <summary>One part of an xlsx package (a sheet's XML, the shared strings...) once uncompressed, megabytes.</summary>
    [Range(1, 4_096)]
    public int MaxPartMegabytes { get; set; } = 64;

    /// <summary>
    /// Uncompressed over compressed bytes of one part (checked once a part is past 1 MB uncompressed; a template's
    /// sheet compresses about 10:1, the 1,000,000-row bomb of issue 11 200:1).
    /// </summary>
    [Range(2, 100_000)]
    public int MaxCompressionRatio { get; set; } = 100;

    /// <summary>Parts (zip entries) of an xlsx package.</summary>
    [Range(1, 100_000)]
    public int MaxParts { get; set; } = 500;

    /// <summary>Worksheets of a workbook.</summary>
    [Range(1, 1_000)]
    public int MaxSheets { get; set; } = 32;

    /// <summary>Rows of one sheet or CSV file (blank rows count).</summary>
    [Range(1, 1_048_576)]
    public int MaxRows { get; set; } = 50_000;

    /// <summary>Columns of a row (A = 1); a cell further right is refused.</summary>
    [Range(1, 16_384)]
    public int MaxColumns { get; set; } = 64;

    /// <summary>Characters of one cell (a shared string included).</summary>
    [Range(1, 1_000_000)]
    public int MaxCellChars { get; set; } = 4_000;

    /// <summary>Entries of an xlsx's shared string table.</summary>
    [Range(1, 10_000_000)]
    public int MaxSharedStrings { get; set; } = 200_000;

    /// <summary>Rows an upload preview shows per page (the counts always cover every row).</summary>
    [Range(10, 10_000)]
    public int PreviewRowsPerPage { get; set; } = 100;

    /// <summary>Nesting of XML elements in a part; a workbook's XML is about 6 deep.</summary>
    public const int MaxXmlDepth = 32;

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024;

    public long MaxPartBytes => MaxPartMegabytes * 1024L * 1024;
}
