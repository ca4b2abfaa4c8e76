namespace Scheduler.Generator.Catalog;

/// <summary>An industry: how common it is, where, what its enterprises are called, when they close,
/// and which departments ask what of them (<see cref="Needs"/>, most important first).</summary>
internal sealed record IndustryTemplate(
    string Key, double Weight, Affinity Affinity, string[] NameSuffixes,
    double ClosedProbability, int ClosedMonths, IndustryNeed[] Needs);
