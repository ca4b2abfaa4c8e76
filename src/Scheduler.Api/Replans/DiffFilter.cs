using Scheduler.Domain.Json;

namespace Scheduler.Api.Replans;

/// <summary>The diff's filters beyond the department (GET /api/solves/{id}/diff, the diff page): a kind of change, a month.</summary>
public sealed record DiffFilter(MoveKind? Change, int? Month)
{
    /// <summary>A kind of change as the query names it.</summary>
    public static string Name(MoveKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The filters as query parameters to append (each "&amp;name=value"), empty when none is set.</summary>
    public string Query() => string.Concat(
        Change is { } c ? "&change=" + Name(c) : "",
        Month is { } m ? "&month=" + m.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");

    /// <summary>The filters from the query's text: <c>change</c> a kind's name (any case), <c>month</c> 1-12; empty means none.</summary>
    public static (DiffFilter Filter, IReadOnlyList<InputError> Errors) Parse(string? change, string? month)
    {
        var errors = new List<InputError>();
        MoveKind? kind = null;
        if (!string.IsNullOrEmpty(change))
        {
            var named = Enum.GetValues<MoveKind>().Where(k => string.Equals(Name(k), change, StringComparison.OrdinalIgnoreCase)).ToList();
            if (named.Count == 1) kind = named[0];
            else errors.Add(new InputError("change", $"change must be one of {string.Join(", ", Enum.GetValues<MoveKind>().Select(Name))}, not '{change}'"));
        }
        int? m = null;
        if (!string.IsNullOrEmpty(month))
        {
            if (int.TryParse(month, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int value) && value is >= 1 and <= 12) m = value;
            else errors.Add(new InputError("month", $"month must be 1-12, not '{month}'"));
        }
        return (new DiffFilter(kind, m), errors);
    }
}
