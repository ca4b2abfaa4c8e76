using System.Globalization;

namespace Scheduler.Domain.Staffing;

/// <summary>
/// Officers a county could add to its staff, to see what they buy: <see cref="Count"/> officers of a department, at
/// county level (<see cref="Township"/> null: they may go anywhere) or posted to one township. Written
/// <c>DEPT</c> (two at county level: one more team), <c>DEPT:N</c>, <c>DEPT@TOWNSHIP</c> or <c>DEPT@TOWNSHIP:N</c>.
/// </summary>
public sealed record OfficerAddition(string Department, string? Township, int Count)
{
    /// <summary>The most officers one addition may bring (a what-if, not a new county).</summary>
    public const int MaxCount = 100;

    /// <summary>Officers an addition brings when it names no count: one team of two.</summary>
    public const int DefaultCount = 2;

    /// <summary>The longest addition read: an id's limit on each side of '@' and a count.</summary>
    public const int MaxChars = 2 * Validation.TextLimits.MaxIdChars + 5;

    /// <summary>Reads <c>DEPT[@TOWNSHIP][:N]</c>; null with <paramref name="error"/> saying what is wrong.</summary>
    public static OfficerAddition? Parse(string? text, out string? error)
    {
        error = null;
        var value = text?.Trim() ?? "";
        if (value.Length > MaxChars)
        {
            error = $"an addition of {value.Length} characters: at most {MaxChars} (DEPT[@TOWNSHIP][:N])";
            return null;
        }
        var count = DefaultCount;
        var colon = value.LastIndexOf(':');
        if (colon >= 0)
        {
            var n = value[(colon + 1)..];
            if (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxCount)
            {
                error = $"'{text}': the number of officers after ':' must be a whole number from 1 to {MaxCount}, not '{n}'";
                return null;
            }
            value = value[..colon];
        }
        string? township = null;
        var at = value.IndexOf('@');
        if (at >= 0)
        {
            township = value[(at + 1)..];
            value = value[..at];
            if (township.Length == 0)
            {
                error = $"'{text}': name the township after '@', or leave '@' out for officers at county level";
                return null;
            }
        }
        if (value.Length == 0)
        {
            error = $"'{text}': name the department first, as DEPT, DEPT:N, DEPT@TOWNSHIP or DEPT@TOWNSHIP:N (e.g. YJGL:2, KA@T04:2)";
            return null;
        }
        return new OfficerAddition(value, township, count);
    }

    /// <summary>As it is written: <c>DEPT[@TOWNSHIP]:N</c>.</summary>
    public override string ToString() => $"{Department}{(Township is null ? "" : "@" + Township)}:{Count.ToString(CultureInfo.InvariantCulture)}";
}
