namespace Scheduler.Api.ProvinceRuns;

/// <summary>A year's province runs, newest first.</summary>
public sealed record ProvinceRunsView(int Year, IReadOnlyList<ProvinceRunView> Runs);
