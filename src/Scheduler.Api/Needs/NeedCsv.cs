using System.Text;
using Scheduler.Data.Stores;
using Scheduler.Export;

namespace Scheduler.Api.Needs;

/// <summary>Needs rows as CSV in UTF-8 with a BOM (Excel opens it as UTF-8), header in Chinese: the layout the upload reads back.</summary>
public static class NeedCsv
{
    public static byte[] Write(IReadOnlyList<NeedDraftRow> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', NeedColumns.All.Select(c => Csv.Field(c.Chinese))).Append("\r\n");
        foreach (var row in rows) text.AppendJoin(',', NeedColumns.All.Select(c => Csv.Field(NeedColumns.Cell(row, c.Key)))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
