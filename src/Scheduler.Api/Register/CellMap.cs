namespace Scheduler.Api.Register;

/// <summary>
/// Where each part of an instance sits in the register workbook: a JSON path prefix ("$.enterprises[3]",
/// "$.rules.maxVisitMinutes", "$.calendar.holidays[2]") to a sheet, an Excel row and, optionally, a fixed column.
/// A path below a prefix ("$.enterprises[3].location.lat") takes its column from the sheet's field headers.
/// </summary>
public sealed class CellMap
{
    private readonly Dictionary<string, (string Sheet, int? Row, string? Column)> places = new(StringComparer.Ordinal);

    public void Add(string path, string sheet, int? row, string? column = null) => places[path] = (sheet, row, column);

    /// <summary>The cell of <paramref name="path"/>, or a placeless error when no prefix of it is known.</summary>
    public RegisterCellError Locate(string path, string message)
    {
        for (var prefix = path; prefix.Length > 0; prefix = Parent(prefix))
        {
            if (!places.TryGetValue(prefix, out var place)) continue;
            var field = path[prefix.Length..].TrimStart('.');
            var bracket = field.IndexOf('[');
            if (bracket >= 0) field = field[..bracket];
            var column = place.Column ?? (field.Length > 0 ? RegisterSheets.HeaderOf(place.Sheet, field) : null);
            return new RegisterCellError(place.Sheet, place.Row, column, message, path);
        }
        return new RegisterCellError(null, null, null, message, path);
    }

    /// <summary>"$.a[3].b" → "$.a[3]" → "$.a" → "$" → "".</summary>
    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }
}
