using Scheduler.Domain.Json;
using Scheduler.Domain.Records;

namespace Scheduler.Api.Records;

/// <summary>
/// An uploaded results workbook read (<see cref="RecordSheet.Read"/>): the records, or the problems by sheet and cell;
/// <see cref="Rows"/> is each record's sheet row and <see cref="Header"/> the column of each of <see cref="RecordSheet.Columns"/>.
/// </summary>
public sealed record RecordSheetRead(RecordSet? Set, IReadOnlyList<InputError> Errors, IReadOnlyList<int> Rows, string SheetName,
    IReadOnlyDictionary<int, int> Header)
{
    public static RecordSheetRead Failed(InputError error) => new(null, [error], [], RecordSheet.Sheet, new Dictionary<int, int>());
}
