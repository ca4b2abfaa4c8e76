namespace Scheduler.Api.Province;

/// <summary>The province's comparison of its counties for a plan year: the targets (null when none are set), a row per county, the totals.</summary>
public sealed record ProvinceFiguresView(int Year, TargetsView? Targets, IReadOnlyList<CountyFigures> Counties, FiguresTotals Totals);
