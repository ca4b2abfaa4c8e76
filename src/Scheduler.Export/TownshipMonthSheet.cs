using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Export.Internal;

namespace Scheduler.Export;

/// <summary>
/// What one township's office needs of one monthly plan: every visit of the month at its enterprises, one row each.
/// Team-days by date, each visit in route order with its departments, check items, on-site minutes and team; then the
/// month's unscheduled visits (未安排) with the reason. Written as CSV and as xlsx with the same Chinese columns.
/// </summary>
public sealed record TownshipMonthSheet
{
    public Township Township { get; init; } = new();
    public int Year { get; init; }
    public int Month { get; init; }
    public IReadOnlyList<SheetRow> Rows { get; init; } = [];

    /// <summary>The column headers, in order (Chinese, one header row).</summary>
    public static IReadOnlyList<string> Headers { get; } = SheetColumns.All.Select(c => c.Header).ToList();

    /// <summary>"2026-03 石浦镇", cut to Excel's 31 characters and rid of the characters Excel forbids in sheet names.</summary>
    public string SheetName
    {
        get
        {
            var name = $"{ChineseDates.YearMonth(Year, Month)} {Township.Name}";
            foreach (var c in @":\/?*[]") name = name.Replace(c, '_');
            return name.Length <= 31 ? name : name[..31];
        }
    }

    /// <summary>One sheet per township with any team-day or unscheduled visit this month, in the instance's township order.</summary>
    public static IReadOnlyList<TownshipMonthSheet> ForMonth(Instance instance, AnnualPlan plan, MonthlyPlan month) =>
        ForMonth(new SheetWords(instance, plan), month);

    internal static IReadOnlyList<TownshipMonthSheet> ForMonth(SheetWords words, MonthlyPlan month)
    {
        var rows = new Dictionary<string, List<SheetRow>>(StringComparer.Ordinal);
        List<SheetRow> RowsOf(string township) => rows.TryGetValue(township, out var list) ? list : rows[township] = [];

        var teamDays = month.TeamDays.OrderBy(t => t.Date).ThenBy(t => t.Id, StringComparer.Ordinal);
        foreach (var teamDay in teamDays)
        {
            var team = teamDay.Inspectors.Select(words.InspectorLabel).ToList();
            for (var i = 0; i < teamDay.Visits.Count; i++)
            {
                RowsOf(teamDay.Township).Add(words.Row(teamDay.Visits[i]) with
                {
                    Date = teamDay.Date,
                    TeamDay = teamDay.Id,
                    Order = i + 1,
                    Inspectors = team,
                });
            }
        }
        foreach (var unscheduled in month.Unscheduled)
        {
            // A visit the annual plan does not know has no township to go to; the checker reports it, the export cannot place it.
            if (words.TownshipOfVisit(unscheduled.Visit) is not { } township) continue;
            var reason = string.IsNullOrWhiteSpace(unscheduled.Reason) ? "（未说明原因）" : unscheduled.Reason;
            RowsOf(township).Add(words.Row(unscheduled.Visit) with { UnscheduledReason = reason });
        }

        var order = words.Instance.Townships.Select((t, i) => (t.Id, i)).DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return rows
            .OrderBy(r => order.GetValueOrDefault(r.Key, int.MaxValue))
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new TownshipMonthSheet { Township = words.Township(r.Key), Year = month.Year, Month = month.Month, Rows = r.Value })
            .ToList();
    }

    /// <summary>UTF-8 CSV with a byte-order mark and RFC 4180 quoting; the stream is left open.</summary>
    public void WriteCsv(Stream stream) => CsvSheetWriter.Write(this, stream);

    /// <summary>An xlsx workbook with this one worksheet; the stream is left open.</summary>
    public void WriteXlsx(Stream stream) => XlsxSheetWriter.Write(this, stream);
}
