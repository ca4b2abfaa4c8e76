using System.Text.RegularExpressions;
using Scheduler.Domain.Draws;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Draws;

/// <summary>
/// What <see cref="RuleSheetReader"/> read: the rules (null when the file itself did not read), the problems of cells
/// that did not read (their path is the cell, "规则!I3"), and where each rule's fields are, so a problem the checks find
/// under a JSON path is placed in its sheet cell too (<see cref="Place"/>).
/// </summary>
public sealed partial class RuleSheetRead(RuleSet? rules, IReadOnlyList<InputError> errors, IReadOnlyList<int> ruleRows,
    IReadOnlyDictionary<string, string> ruleColumns, int? policyRow, IReadOnlyDictionary<string, string> policyColumns)
{
    public RuleSet? Rules { get; } = rules;
    public IReadOnlyList<InputError> Errors { get; } = errors;

    public static RuleSheetRead Failed(string message) => new(null, [new InputError("file", message)], [], new Dictionary<string, string>(), null, new Dictionary<string, string>());

    /// <summary>The sheet cell of a JSON path of the rules ("规则!I3"), or null when the sheet has no column for it.</summary>
    public string? CellOf(string path)
    {
        var rule = RulePath().Match(path);
        if (rule.Success && int.TryParse(rule.Groups[1].Value, out var i) && i < ruleRows.Count)
        {
            var field = rule.Groups[2].Value;
            if (field.StartsWith("population.", StringComparison.Ordinal)) field = field["population.".Length..];
            field = Index().Replace(field, "");
            if (!field.StartsWith("ratioByLevel.", StringComparison.Ordinal) && field.IndexOf('.', StringComparison.Ordinal) is > 0 and var dot) field = field[..dot];
            var column = ruleColumns.GetValueOrDefault(field) ?? ruleColumns.GetValueOrDefault(RuleColumns.Id);
            return column is null ? null : $"{RuleColumns.RulesSheet}!{column}{ruleRows[i]}";
        }
        var policy = PolicyPath().Match(path);
        if (policy.Success && policyRow is { } row)
        {
            var column = policyColumns.GetValueOrDefault(policy.Groups[1].Value) ?? policyColumns.GetValueOrDefault("department");
            return column is null ? null : $"{RuleColumns.PolicySheet}!{column}{row}";
        }
        return null;
    }

    /// <summary>A problem of the checks with its sheet cell put first in the message ("规则!I3: …"), its JSON path kept.</summary>
    public InputError Place(InputError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return CellOf(error.Path) is { } cell ? error with { Message = $"{cell}: {error.Message}" } : error;
    }

    [GeneratedRegex(@"^\$\.rules\[(\d+)\]\.?(.*)$")]
    private static partial Regex RulePath();

    [GeneratedRegex(@"^\$\.departments\[\d+\]\.?(.*)$")]
    private static partial Regex PolicyPath();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
