using System.Globalization;
using System.Text;

namespace Scheduler.Export.Internal;

/// <summary>
/// Writes a sheet as RFC 4180 CSV: UTF-8 with a byte-order mark (without it Excel reads the file as the local ANSI code
/// page and garbles Chinese), CRLF line ends, fields quoted by <see cref="Csv.Field"/>.
/// </summary>
internal static class CsvSheetWriter
{
    public static void Write(TownshipMonthSheet sheet, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(",", SheetColumns.All.Select(c => Csv.Field(c.Header))));
        foreach (var row in sheet.Rows)
            writer.WriteLine(string.Join(",", SheetColumns.All.Select(c => Csv.Field(Text(c.Value(row))))));
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
