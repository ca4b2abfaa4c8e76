namespace Scheduler.Api.Draws;

/// <summary>
/// A column of the rules sheet: <paramref name="Key"/> is the rule's field under <c>$.rules[i]</c> it fills (population
/// filters without "population."), <paramref name="Chinese"/> and <paramref name="English"/> the headers it is found by.
/// </summary>
public sealed record RuleColumn(string Key, string Chinese, string English, string Help);
