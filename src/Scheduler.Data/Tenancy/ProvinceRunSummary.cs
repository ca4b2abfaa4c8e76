namespace Scheduler.Data.Tenancy;

/// <summary>A closed province run's summary (province_runs.summary): a row per county, by code, and the totals.</summary>
public sealed record ProvinceRunSummary(IReadOnlyList<ProvinceRunCountySummary> Counties, ProvinceRunTotals Totals);
