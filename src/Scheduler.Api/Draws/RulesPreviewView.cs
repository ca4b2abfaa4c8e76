using Scheduler.Domain.Draws;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Draws;

/// <summary>
/// Rules previewed against the year's register (nothing stored): each rule's strata with population and expected sample
/// size, and every problem a submission would be refused for, with its JSON path naming the rule.
/// </summary>
public sealed record RulesPreviewView(int Year, int Enterprises, IReadOnlyList<StratumPreview> Strata, IReadOnlyList<InputError> Problems)
{
    public static RulesPreviewView Of(Instance register, RuleSet rules) =>
        new(register.Year, register.Enterprises.Count, RulePreview.Of(register, rules), RuleChecks.Check(register, rules));

    /// <summary>The problems of the rule at <paramref name="index"/> ($.rules[index] and below).</summary>
    public IEnumerable<InputError> ProblemsOf(int index) =>
        Problems.Where(p => p.Path == $"$.rules[{index}]" || p.Path.StartsWith($"$.rules[{index}].", StringComparison.Ordinal));
}
