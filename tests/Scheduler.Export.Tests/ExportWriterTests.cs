using System.Text;
using Ical.Net;
using MiniExcelLibs;
using Scheduler.Domain.Model;
using Scheduler.Export.Tests.Support;
using Scheduler.Tests.Shared;

namespace Scheduler.Export.Tests;

public sealed class ExportWriterTests : IDisposable
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 2, 20, 9, 0, 0, TimeSpan.FromHours(8)));

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private IReadOnlyList<string> Relative(IEnumerable<string> paths) =>
        paths.Select(p => Path.GetRelativePath(_folder.Path, p).Replace('\\', '/')).ToList();

    [Fact]
    public void WriteAll_WritesExpectedFileNames_WhenMonthHasTwoTownshipsAndFourOfficers()
    {
        var written = ExportWriter.WriteAll(TinyCounty.Instance, TinyCounty.Plan, TinyCounty.Months, _folder.Path, Clock);

        Assert.Equal(
            [
                "townships/T1-石浦镇/2026-03.xlsx", "townships/T1-石浦镇/2026-03.csv",
                "townships/T2-丹城街道/2026-03.xlsx", "townships/T2-丹城街道/2026-03.csv",
                "officers/I1-王芳.ics", "officers/I2-李伟.ics", "officers/I3-张敏.ics", "officers/I4-陈静.ics",
            ],
            Relative(written));
        Assert.All(written, p => Assert.True(new FileInfo(p).Length > 0, p));
        Assert.Equal(Relative(written).Order(), Relative(Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories)).Order());
    }

    [Fact]
    public void WriteAll_WritesReadableFiles_WhenOpenedByTheirReaders()
    {
        ExportWriter.WriteAll(TinyCounty.Instance, TinyCounty.Plan, TinyCounty.Months, _folder.Path, Clock);
        var t2 = Path.Combine(_folder.Path, "townships", "T2-丹城街道");

        var rows = MiniExcel.Query(Path.Combine(t2, "2026-03.xlsx"), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["V3", "V4"], rows.Select(r => r["检查编号"]));
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(Path.Combine(t2, "2026-03.csv"))[..3]);
        var ics = File.ReadAllBytes(Path.Combine(_folder.Path, "officers", "I3-张敏.ics"));
        Assert.NotEqual(0xEF, ics[0]);
        var calendar = Calendar.Load(Encoding.UTF8.GetString(ics));
        Assert.NotNull(calendar);
        var only = Assert.Single(calendar.Events);
        Assert.Equal("联合检查 · 丹城街道 · 1家", only.Summary);
        Assert.Equal(new DateTime(2026, 2, 20, 1, 0, 0, DateTimeKind.Utc), only.DtStamp?.AsUtc);
    }

    [Fact]
    public void WriteAll_SkipsTownshipsAndOfficers_WhenTheyHaveNothingThatMonth()
    {
        var onlyTd1 = TinyCounty.March with { TeamDays = [TinyCounty.March.TeamDays[1]], Unscheduled = [] };

        var written = ExportWriter.WriteAll(TinyCounty.Instance, TinyCounty.Plan, [onlyTd1], _folder.Path, Clock);

        Assert.Equal(
            ["townships/T1-石浦镇/2026-03.xlsx", "townships/T1-石浦镇/2026-03.csv", "officers/I1-王芳.ics", "officers/I2-李伟.ics"],
            Relative(written));
    }

    [Fact]
    public void WriteAll_ReplacesCharactersWindowsForbids_WhenNamesHoldThem()
    {
        var instance = TinyCounty.Instance with
        {
            Townships = [TinyCounty.Instance.Townships[0] with { Name = "石浦镇/渔港:东" }, TinyCounty.Instance.Townships[1]],
            Inspectors = [TinyCounty.Instance.Inspectors[0] with { Name = "王芳?" }, .. TinyCounty.Instance.Inspectors.Skip(1)],
        };

        var written = Relative(ExportWriter.WriteAll(instance, TinyCounty.Plan, TinyCounty.Months, _folder.Path, Clock));

        Assert.Contains("townships/T1-石浦镇_渔港_东/2026-03.csv", written);
        Assert.Contains("officers/I1-王芳_.ics", written);
    }

    [Fact]
    public void WriteAll_WritesOneSheetPerMonth_WhenGivenTwoMonths()
    {
        var april = TinyCounty.March with
        {
            Month = 4,
            TeamDays = [TinyCounty.March.TeamDays[1] with { Date = new DateOnly(2026, 4, 7) }],
            Unscheduled = [],
        };

        var written = Relative(ExportWriter.WriteAll(TinyCounty.Instance, TinyCounty.Plan, [april, TinyCounty.March], _folder.Path, Clock));

        Assert.Equal(["2026-03.xlsx", "2026-03.csv", "2026-04.xlsx", "2026-04.csv"],
            written.Where(p => p.StartsWith("townships/T1-", StringComparison.Ordinal)).Select(Path.GetFileName));
        var i1 = Calendar.Load(File.ReadAllText(Path.Combine(_folder.Path, "officers", "I1-王芳.ics")));
        Assert.Equal(3, i1!.Events.Count);
    }
}
