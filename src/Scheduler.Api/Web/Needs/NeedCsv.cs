using System.Text;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Web.Needs;

/// <summary>Needs rows as CSV in UTF-8 with a BOM (Excel opens it as UTF-8), header in Chinese: the layout the upload reads back.</summary>
public static class NeedCsv
{
    public static byte[] Write(IReadOnlyList<NeedDraftRow> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', NeedColumns.All.Select(c => Quote(c.Chinese))).Append("\r\n");
        foreach (var row in rows) text.AppendJoin(',', NeedColumns.All.Select(c => Quote(NeedColumns.Cell(row, c.Key)))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
