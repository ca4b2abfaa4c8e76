using System.Text;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using Scheduler.Export.Internal;

namespace Scheduler.Export;

/// <summary>
/// Writes every export of a set of monthly plans into one folder:
/// <c>townships/&lt;id&gt;-&lt;name&gt;/&lt;yyyy-MM&gt;.xlsx</c> and <c>.csv</c> for each township with visits that month, and
/// <c>officers/&lt;id&gt;-&lt;name&gt;.ics</c> for each inspector who works at least one of their team-days.
/// Existing files of those names are replaced; nothing else in the folder is touched.
/// </summary>
public static class ExportWriter
{
    public const string TownshipsFolder = "townships";
    public const string OfficersFolder = "officers";

    /// <summary>Writes the files and returns their paths (under <paramref name="directory"/>), township sheets first, in the instance's order.</summary>
    /// <param name="clock">The DTSTAMP source of the calendars; the system clock when null.</param>
    public static IReadOnlyList<string> WriteAll(Instance instance, AnnualPlan plan, IReadOnlyList<MonthlyPlan> months, string directory, TimeProvider? clock = null)
    {
        var words = new SheetWords(instance, plan);
        var written = new List<string>();

        foreach (var month in months.OrderBy(m => m.Year).ThenBy(m => m.Month))
        {
            foreach (var sheet in TownshipMonthSheet.ForMonth(words, month))
            {
                var folder = Path.Combine(directory, TownshipsFolder, FileNames.IdAndName(sheet.Township.Id, sheet.Township.Name));
                var stem = Path.Combine(folder, ChineseDates.YearMonth(sheet.Year, sheet.Month));
                written.Add(Write(stem + ".xlsx", sheet.WriteXlsx));
                written.Add(Write(stem + ".csv", sheet.WriteCsv));
            }
        }

        var stampUtc = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var working = months.SelectMany(m => m.TeamDays).SelectMany(t => t.Inspectors).ToHashSet(StringComparer.Ordinal);
        var officers = instance.Inspectors.Select(i => i.Id).Where(working.Contains)
            .Concat(working.Where(id => words.Lookup.Inspector(id) is null).Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal);
        foreach (var id in officers)
        {
            var path = Path.Combine(directory, OfficersFolder, FileNames.IdAndName(id, words.Lookup.Inspector(id)?.Name) + ".ics");
            var text = OfficerCalendar.Serialize(OfficerCalendar.For(words, months, id, stampUtc));
            written.Add(Write(path, stream =>
            {
                // UTF-8 without a byte-order mark: RFC 5545's charset, and some calendar importers choke on a BOM.
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                writer.Write(text);
            }));
        }
        return written;
    }

    private static string Write(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write))
            write(stream);
        return path;
    }
}
