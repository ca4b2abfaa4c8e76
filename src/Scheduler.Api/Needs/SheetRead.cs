using Scheduler.Data.Stores;

namespace Scheduler.Api.Needs;

/// <summary>
/// What <see cref="NeedSheetReader"/> read: the rows (blank lines skipped) with the spreadsheet line of each
/// (<paramref name="Lines"/>, the header being line 1 of a template), and problems of the whole file (no header, unreadable).
/// </summary>
public sealed record SheetRead(IReadOnlyList<NeedDraftRow> Rows, IReadOnlyList<int> Lines, IReadOnlyList<string> FileErrors)
{
    public static SheetRead Failed(string message) => new([], [], [message]);
}
