namespace Scheduler.Api.ProvinceRuns;

/// <summary>The body of POST /api/province/years/{year}/runs: the counties to plan (codes); without a body, or without counties, every county.</summary>
public sealed record ProvinceRunRequest(IReadOnlyList<string>? Counties);
