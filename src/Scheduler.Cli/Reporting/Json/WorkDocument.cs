namespace Scheduler.Cli.Reporting.Json;

/// <summary>The work limit and what the annual solve used (to three decimals): the same work, seed and instance give the same plan unless the wall clock cut it.</summary>
internal sealed record WorkDocument(double Limit, double Used, int LnsRounds, bool CutByTimeLimit);
