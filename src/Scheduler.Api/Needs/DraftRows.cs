using System.Globalization;
using Scheduler.Data.Stores;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Needs;

/// <summary>Conversions between spec needs and draft rows, and the automatic numbering of rows without a need id.</summary>
public static class DraftRows
{
    public const string Yes = "是";
    public const string No = "否";

    /// <summary>A need as the text a user would type: items comma-separated, months blank for all twelve.</summary>
    public static NeedDraftRow FromNeed(Need need) => new(
        need.Id, need.Enterprise, string.Join(",", need.Items), need.TimesPerYear.ToString(CultureInfo.InvariantCulture),
        MonthsText(need.Months), need.MinGapMonths.ToString(CultureInfo.InvariantCulture), need.Standalone ? Yes : No);

    public static IReadOnlyList<NeedDraftRow> FromNeeds(IEnumerable<Need> needs) => [.. needs.Select(FromNeed)];

    /// <summary>Months as "3,6,9"; blank when all twelve.</summary>
    public static string MonthsText(IReadOnlyList<int> months)
    {
        var distinct = months.Distinct().Order().ToList();
        return distinct.SequenceEqual(Need.AllMonths) ? "" : string.Join(",", distinct);
    }

    /// <summary>Gives every row without a need id the next free "{department}-N{k}" id; rows with an id keep it.</summary>
    public static IReadOnlyList<NeedDraftRow> AssignIds(IReadOnlyList<NeedDraftRow> rows, string department)
    {
        var used = new HashSet<string>(rows.Select(r => r.Id).Where(id => id.Length > 0), StringComparer.Ordinal);
        var next = 1;
        var result = new List<NeedDraftRow>(rows.Count);
        foreach (var row in rows)
        {
            if (row.Id.Trim().Length > 0)
            {
                result.Add(row with { Id = row.Id.Trim() });
                continue;
            }
            string id;
            do id = $"{department}-N{next++}"; while (!used.Add(id));
            result.Add(row with { Id = id });
        }
        return result;
    }

    /// <summary>A fresh id for one new row of the draft.</summary>
    public static string NextId(IReadOnlyList<NeedDraftRow> rows, string department) =>
        AssignIds([.. rows, new NeedDraftRow("", "", "", "", "", "", "")], department)[^1].Id;

    /// <summary>Needs in a canonical form (months sorted and distinct, items as given) for comparing versions.</summary>
    public static string Canonical(IEnumerable<Need> needs) =>
        NeedsJson.Write([.. needs.Select(n => n with { Months = [.. n.Months.Distinct().Order()] })]);
}
