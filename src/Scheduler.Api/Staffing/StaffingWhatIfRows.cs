using System.Text.Json;
using Scheduler.Api.Shared;
using Scheduler.Data.Stores;
using Scheduler.Solver.Staffing;

namespace Scheduler.Api.Staffing;

/// <summary>A stored staffing what-if's rows (the staffs planned so far), for the API and the page.</summary>
public static class StaffingWhatIfRows
{
    public static IReadOnlyList<StaffingRow> Read(StoredStaffingWhatIf whatIf)
    {
        ArgumentNullException.ThrowIfNull(whatIf);
        return whatIf.RowsJson is null ? [] : JsonSerializer.Deserialize(whatIf.RowsJson, ApiJsonContext.Default.ListStaffingRow) ?? [];
    }
}
