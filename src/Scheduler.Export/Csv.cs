namespace Scheduler.Export;

/// <summary>
/// RFC 4180 fields, the one CSV quoting of the code base (township sheets, the departments' needs download): a field
/// is quoted when it holds a comma, quote, CR or LF, or starts or ends with a space, with inner quotes doubled.
/// </summary>
public static class Csv
{
    public static string Field(string text)
    {
        var quote = text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (text.Length > 0 && (text[0] == ' ' || text[^1] == ' '));
        return quote ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
