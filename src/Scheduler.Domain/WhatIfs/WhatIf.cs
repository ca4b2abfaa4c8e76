using Scheduler.Domain.Model;

namespace Scheduler.Domain.WhatIfs;

/// <summary>
/// One proposed change to a planned year, asked as a question (docs/replanning.md, "What-if"): answered by replanning
/// a copy of the year, never stored as a run. <see cref="Kind"/> says which fields matter:
/// <list type="bullet">
/// <item><c>close</c>: enterprise <see cref="Enterprise"/> is closed in <see cref="Months"/>;</item>
/// <item><c>capacity</c>: department <see cref="Department"/> loses <see cref="TeamDays"/> team-days (or
/// <see cref="Visits"/> visits) in month <see cref="Month"/>;</item>
/// <item><c>need</c>: one more need, <see cref="Need"/> (its id is given by the what-if).</item>
/// </list>
/// <see cref="From"/>: the first month replanned (after the last recorded one); absent, the month after it.
/// </summary>
public sealed record WhatIf
{
    public string? Kind { get; init; }
    public int? From { get; init; }
    public string? Enterprise { get; init; }
    public IReadOnlyList<int>? Months { get; init; }
    public string? Department { get; init; }
    public int? Month { get; init; }
    public int? TeamDays { get; init; }
    public int? Visits { get; init; }
    public Need? Need { get; init; }
}
