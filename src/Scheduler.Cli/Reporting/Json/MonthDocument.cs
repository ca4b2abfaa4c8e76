using System.Text.Json.Serialization;

namespace Scheduler.Cli.Reporting.Json;

/// <summary>One month: the validator's month keys (travel minutes to one decimal) plus the seed of its officer draw.</summary>
internal sealed record MonthDocument(
    int Month,
    int Visits,
    int Unscheduled,
    int TeamDays,
    int OfficerDays,
    double TravelMinutes,
    int MaxDaysPerInspector,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Seed);
