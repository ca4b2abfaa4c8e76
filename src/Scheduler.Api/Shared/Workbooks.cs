using System.Data;
using MiniExcelLibs;

namespace Scheduler.Api.Shared;

/// <summary>The two MiniExcel steps every generated workbook shares: an empty table with its headers, and sheets to bytes.</summary>
public static class Workbooks
{
    /// <summary>A table with one column per header, cells of any type.</summary>
    public static DataTable Table(params string[] headers)
    {
        var table = new DataTable();
        foreach (var header in headers) table.Columns.Add(header, typeof(object));
        return table;
    }

    /// <summary>The workbook of these sheets (name → rows or table), as xlsx bytes.</summary>
    public static byte[] Save(Dictionary<string, object> sheets)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }
}
