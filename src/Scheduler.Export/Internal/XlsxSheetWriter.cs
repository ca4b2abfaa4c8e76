using System.Data;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Scheduler.Export.Internal;

/// <summary>Writes a sheet as the one worksheet of an xlsx workbook: header row frozen, filter on, widths set for Chinese text.</summary>
internal static class XlsxSheetWriter
{
    public static void Write(TownshipMonthSheet sheet, Stream stream)
    {
        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            AutoFilter = true,
            DynamicColumns = SheetColumns.All.Select(c => new DynamicExcelColumn(c.Header) { Width = c.Width }).ToArray(),
        };
        stream.SaveAs(Table(sheet), sheetName: sheet.SheetName, configuration: configuration);
    }

    /// <summary>A DataTable rather than dictionaries: it keeps the header row even when the sheet has no rows.</summary>
    private static DataTable Table(TownshipMonthSheet sheet)
    {
        var table = new DataTable();
        foreach (var column in SheetColumns.All) table.Columns.Add(column.Header, typeof(object));
        foreach (var row in sheet.Rows)
            table.Rows.Add(SheetColumns.All.Select(c => c.Value(row) ?? DBNull.Value).ToArray());
        return table;
    }
}
