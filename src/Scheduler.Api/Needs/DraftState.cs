using Scheduler.Data.Stores;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Needs;

/// <summary>
/// A department's draft for a year, checked: its rows (the stored draft, or a copy of the latest version when nothing
/// was changed since), each row's problems, problems of the draft as a whole, and whether it differs from the latest version.
/// </summary>
public sealed record DraftState(int Year, string Department, Instance Register, NeedSubmission? Latest, int? BaseVersion, bool Stored,
    IReadOnlyList<CheckedRow> Rows, IReadOnlyList<string> DraftErrors)
{
    public IReadOnlyList<NeedDraftRow> RawRows => [.. Rows.Select(r => r.Row)];

    public int BadRows => Rows.Count(r => r.Bad);

    /// <summary>True when the draft may be submitted: no bad row and no draft-wide problem.</summary>
    public bool Clean => BadRows == 0 && DraftErrors.Count == 0;

    // Differs compares every row with the latest version (thousands in a large county); a page reads it several times
    // and a cached state (DraftCache) is read by many requests, so it is worked out once for these rows and this version.
    private (IReadOnlyList<CheckedRow> Rows, NeedSubmission? Latest, bool Value)? _differs;

    /// <summary>True when submitting would store something other than the latest version (or the first version).</summary>
    public bool Differs
    {
        get
        {
            if (_differs is { } known && ReferenceEquals(known.Rows, Rows) && ReferenceEquals(known.Latest, Latest)) return known.Value;
            var value = Compare();
            _differs = (Rows, Latest, value);
            return value;
        }
    }

    private bool Compare()
    {
        if (Latest is null) return Rows.Count > 0;
        if (Rows.Any(r => r.Need is null)) return true;
        return DraftRows.Canonical(Rows.Select(r => r.Need!)) != DraftRows.Canonical(NeedsJson.Read(Latest.NeedsJson));
    }

    /// <summary>The row with this need id (the given 1-based row number first, when its id matches), or null.</summary>
    public CheckedRow? Find(string needId, int? row)
    {
        if (row is { } n && n >= 1 && n <= Rows.Count && Rows[n - 1].Row.Id == needId) return Rows[n - 1];
        return Rows.FirstOrDefault(r => r.Row.Id == needId);
    }
}
