using Scheduler.Data.Stores;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Needs;

/// <summary>
/// One draft or uploaded row after checking: <paramref name="Number"/> is its 1-based place in the list, <paramref name="Line"/>
/// the line users know it by (the spreadsheet row of an upload, else the number); <paramref name="Need"/> is what it means when
/// every cell reads, else null.
/// </summary>
public sealed record CheckedRow(int Number, int Line, NeedDraftRow Row, Need? Need, IReadOnlyList<CellError> Errors)
{
    public bool Bad => Errors.Count > 0;

    /// <summary>The problems of one column (a <see cref="NeedColumns"/> key).</summary>
    public IEnumerable<string> ErrorsOf(string column) => Errors.Where(e => e.Column == column).Select(e => e.Message);

    public bool IsBad(string column) => Errors.Any(e => e.Column == column);
}
