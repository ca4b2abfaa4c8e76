using System.Globalization;
using System.Xml;

namespace Scheduler.Api.Shared.Uploads;

/// <summary>Which cell styles of an uploaded xlsx show dates, so their numbers read back as dates.</summary>
internal static class XlsxDateStyles
{
    /// <summary>The cell formats (cellXfs indexes) whose number format shows a date: built-in 14–22, 27–36, 45–47, 50–58, or a custom one with y or d.</summary>
    public static HashSet<int> Read(XlsxPackage package, string? stylesPart)
    {
        var dateStyles = new HashSet<int>();
        if (stylesPart is null || package.Entry(stylesPart) is null) return dateStyles;
        var customDates = new HashSet<int>();
        using var reader = package.Xml(stylesPart);
        var inCellXfs = false;
        var xf = 0;
        while (reader.Read())
        {
            XlsxPackage.CheckDepth(reader, stylesPart);
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs") inCellXfs = false;
            if (reader.NodeType != XmlNodeType.Element) continue;
            switch (reader.LocalName)
            {
                case "numFmt" when IsDateFormat(reader.GetAttribute("formatCode")):
                    if (int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var custom)) customDates.Add(custom);
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    var id = int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0;
                    if (id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58 || customDates.Contains(id)) dateStyles.Add(xf);
                    xf++;
                    break;
            }
        }
        return dateStyles;
    }

    private static bool IsDateFormat(string? code)
    {
        if (string.IsNullOrEmpty(code)) return false;
        var plain = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "");
        return plain.IndexOfAny(['y', 'Y', 'd', 'D']) >= 0;
    }
}
