using System.Globalization;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Uploads;

namespace Scheduler.Api.Register;

/// <summary>
/// One worksheet of an uploaded register: the header row (row 1) names the columns, every later non-blank row is a
/// record. The typed getters report a bad cell in plain Chinese (sheet, row, column) and return null.
/// </summary>
internal sealed class SheetReader
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；', ' ', '\n', '\r', '\t'];

    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    private readonly List<RegisterCellError> errors;
    private readonly Dictionary<string, string> letterOf; // field -> column key ("A", "B", ...)

    private SheetReader(string name, List<(int, IDictionary<string, object?>)> rows, Dictionary<string, string> letterOf, List<RegisterCellError> errors)
    {
        Name = name;
        Rows = rows;
        this.letterOf = letterOf;
        this.errors = errors;
    }

    public string Name { get; }

    /// <summary>(Excel row number, cells by column key) of every non-blank row below the header.</summary>
    public IReadOnlyList<(int Row, IDictionary<string, object?> Cells)> Rows { get; }

    /// <summary>
    /// Opens the sheet; null when it is absent (an error when <paramref name="required"/>) or a required column is missing.
    /// <paramref name="optional"/> lists the fields whose column may be left out.
    /// </summary>
    public static SheetReader? Open(XlsxWorkbook workbook, string sheet, bool required, IReadOnlySet<string> optional, List<RegisterCellError> errors)
    {
        var actual = workbook.Sheets.FirstOrDefault(n => n.Name.Trim() == sheet);
        if (actual is null)
        {
            if (required) errors.Add(new RegisterCellError(sheet, null, null, Ui.T($"缺少工作表「{sheet}」：请按下载的名录表格填写，不要改工作表名称。",
                $"The worksheet {sheet} is missing: fill in the downloaded register workbook and keep its sheet names.")));
            return null;
        }
        // Streaming, under the upload limits; only the rows themselves are kept (a register sheet is a few thousand rows).
        var all = new List<IDictionary<string, object?>>();
        var numbers = new List<int>();
        foreach (var row in workbook.Rows(actual))
        {
            var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var cell in row.Cells) cells[XlsxWorkbook.ColumnName(cell.Column)] = cell.Value;
            all.Add(cells);
            numbers.Add(row.Number);
        }
        var header = all.Count > 0 && numbers[0] == 1 ? all[0] : new Dictionary<string, object?>();
        var byHeader = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in header)
        {
            if (Plain(value) is { } text) byHeader.TryAdd(text, key);
        }

        var letterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (field, title) in RegisterSheets.Columns[sheet])
        {
            var alias = field.Contains('.') ? field[(field.LastIndexOf('.') + 1)..] : field;
            if (byHeader.TryGetValue(title, out var key) || byHeader.TryGetValue(field, out key) || byHeader.TryGetValue(alias, out key))
            {
                letterOf[field] = key;
            }
            else if (!optional.Contains(field))
            {
                errors.Add(new RegisterCellError(sheet, 1, title, Ui.T($"第一行缺少列标题「{title}」。", $"The header row has no column {title}.")));
                ok = false;
            }
        }
        if (!ok) return null;

        var rows = new List<(int, IDictionary<string, object?>)>();
        for (var i = 0; i < all.Count; i++)
        {
            if (numbers[i] > 1 && all[i].Values.Any(v => Plain(v) is not null)) rows.Add((numbers[i], all[i]));
        }
        return new SheetReader(sheet, rows, letterOf, errors);
    }

    public string? Header(string field) => RegisterSheets.HeaderOf(Name, field);

    /// <summary>The cell as trimmed text; null when blank or the column is absent.</summary>
    public string? Text(int row, IDictionary<string, object?> cells, string field) =>
        letterOf.TryGetValue(field, out var key) && cells.TryGetValue(key, out var value) ? Plain(value) : null;

    /// <summary>Text that must be there; a blank cell is an error and gives "".</summary>
    public string Required(int row, IDictionary<string, object?> cells, string field)
    {
        var text = Text(row, cells, field);
        if (text is null) Bad(row, field, Ui.T("不能为空。", "must not be empty."));
        return text ?? "";
    }

    public int? Int(int row, IDictionary<string, object?> cells, string field, bool required)
    {
        var value = Raw(cells, field);
        switch (value)
        {
            case null or "" when !required:
                return null;
            case null or "":
                Bad(row, field, Ui.T("不能为空，请填写整数。", "must not be empty; enter a whole number."));
                return null;
            case double d when d == Math.Floor(d) && Math.Abs(d) < int.MaxValue:
                return (int)d;
        }
        var text = Plain(value)!;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)) return parsed;
        Bad(row, field, Ui.T($"「{text}」不是整数。", $"'{text}' is not a whole number."));
        return null;
    }

    public double? Number(int row, IDictionary<string, object?> cells, string field, bool required)
    {
        var value = Raw(cells, field);
        switch (value)
        {
            case null or "" when !required:
                return null;
            case null or "":
                Bad(row, field, Ui.T("不能为空，请填写数字。", "must not be empty; enter a number."));
                return null;
            case double d:
                return d;
        }
        var text = Plain(value)!;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed)) return parsed;
        Bad(row, field, Ui.T($"「{text}」不是数字。", $"'{text}' is not a number."));
        return null;
    }

    /// <summary>Several values in one cell, separated by 、 , ; or spaces.</summary>
    public IReadOnlyList<string> List(int row, IDictionary<string, object?> cells, string field) =>
        Raw(cells, field) is DateTime date ? [IsoDate(date)] :
        Text(row, cells, field)?.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    public IReadOnlyList<int> IntList(int row, IDictionary<string, object?> cells, string field)
    {
        var list = new List<int>();
        foreach (var part in List(row, cells, field))
        {
            var text = part.TrimEnd('月');
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) list.Add(n);
            else Bad(row, field, Ui.T($"「{part}」不是月份数字（1–12，多个用顿号分隔）。", $"'{part}' is not a month number (1-12, several separated by commas)."));
        }
        return list;
    }

    public IReadOnlyList<DateOnly> DateList(int row, IDictionary<string, object?> cells, string field)
    {
        if (Raw(cells, field) is double serial) return [DateOnly.FromDateTime(DateTime.FromOADate(serial))];
        var list = new List<DateOnly>();
        foreach (var part in List(row, cells, field))
        {
            if (ParseDate(part) is { } date) list.Add(date);
            else Bad(row, field, Ui.T($"「{part}」不是日期（例如 2027-05-01）。", $"'{part}' is not a date (such as 2027-05-01)."));
        }
        return list;
    }

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public void Bad(int row, string field, string message) => errors.Add(new RegisterCellError(Name, row, Header(field), message));

    private object? Raw(IDictionary<string, object?> cells, string field) =>
        letterOf.TryGetValue(field, out var key) && cells.TryGetValue(key, out var value) ? value is string s ? s.Trim() : value : null;

    /// <summary>A cell as text: numbers without a spurious ".0", dates as ISO dates.</summary>
    public static string? Plain(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => IsoDate(t),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null,
    };

    private static string IsoDate(DateTime t) => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
