using System.Globalization;
using Scheduler.Data.Stores;
using Scheduler.Domain.Draws;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Draws;

/// <summary>
/// A department's part of a draw (公示): per check item of its rules, every stratum's drawn enterprises in order of
/// selection, and the rule itself; with the command that replays the draw from its three files.
/// </summary>
public sealed class DrawPublication
{
    private DrawPublication(StoredDraw draw, RuleSet rules, IReadOnlyList<PublishedRow> rows)
    {
        Draw = draw;
        Rules = rules;
        Rows = rows;
    }

    public StoredDraw Draw { get; }

    /// <summary>The department's rules as drawn (its part of the merged rules.json).</summary>
    public RuleSet Rules { get; }

    public IReadOnlyList<PublishedRow> Rows { get; }

    /// <summary>The command that replays the draw from the files the page links (draw.json, register.json, rules.json).</summary>
    public static string VerifyCommand(long id) => $"scheduler draw --verify draw-{id}.json register-{id}.json rules-{id}.json";

    /// <summary>The rows of <paramref name="department"/> (of one check item when <paramref name="item"/> is given).</summary>
    public static DrawPublication Build(StoredDraw draw, Instance register, string department, string? item)
    {
        ArgumentNullException.ThrowIfNull(draw);
        var all = DrawJson.ReadRules(draw.RulesJson).Value ?? new RuleSet();
        var record = DrawJson.ReadRecord(draw.RecordJson).Value ?? new DrawRecord();
        var lookup = new InstanceLookup(register);
        var mine = all.Rules.Where(r => r.Department == department).ToList();
        var byId = mine.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var rows = new List<PublishedRow>();
        foreach (var stratum in record.Strata.Where(s => s.Department == department))
        {
            if (!byId.TryGetValue(stratum.Rule, out var rule)) continue;
            var asked = stratum.Ratio is { } ratio ? ratio.ToString("0.####", CultureInfo.InvariantCulture)
                : stratum.Count is { } count ? count.ToString(CultureInfo.InvariantCulture) : "100%";
            foreach (var ruleItem in rule.Items.Where(i => item is null || i == item))
            {
                for (var k = 0; k < stratum.Selected.Count; k++)
                {
                    var id = stratum.Selected[k];
                    rows.Add(new PublishedRow(ruleItem, lookup.ItemName(ruleItem), rule.Id, rule.Kind, stratum.Level, stratum.Method, asked,
                        stratum.Population, stratum.SampleSize, k + 1, id, lookup.EnterpriseName(id), lookup.TownshipName(lookup.Enterprise(id)?.Township)));
                }
            }
        }
        var rules = new RuleSet
        {
            Year = all.Year,
            RiskLevelByColour = all.RiskLevelByColour,
            Departments = [.. all.Departments.Where(d => d.Department == department)],
            Rules = mine,
        };
        return new DrawPublication(draw, rules, [.. rows.OrderBy(r => r.Item, StringComparer.Ordinal)]);
    }
}
