using System.Net;

namespace Scheduler.Api.Tests.Records;

/// <summary>/departments/{code}/records: a month's visits of the department, marked done and not done through the page, stored as a version.</summary>
public sealed class DepartmentRecordsPageTests(SolvedYear year) : IClassFixture<SolvedYear>
{
    [Fact]
    public async Task Department_MarksAVisitDoneAndAnotherNotDone_AndTheApiReadsThem()
    {
        var own = (await year.GetJsonAsync(Caller.Own, $"/api/solves/{year.RunId}/plan")).GetProperty("visits").EnumerateArray()
            .Select(v => (Id: v.GetProperty("id").GetString()!, Month: v.GetProperty("month").GetInt32())).ToList();
        var month = own.GroupBy(v => v.Month).OrderByDescending(g => g.Count()).First();
        var (done, notDone) = (month.First().Id, month.Count() > 1 ? month.Skip(1).First().Id : null);
        var url = $"/departments/{SolvedYear.Own}/records?year={Tiny.Year}&month={month.Key}";
        using var pages = year.Pages(Caller.Own);

        var (status, html) = await pages.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"data-visit=\"{done}\"", html);
        Assert.Contains("检查结果登记", html);

        var fields = new List<KeyValuePair<string, string>> { new($"outcome.{done}", "done"), new($"date.{done}", $"{Tiny.Year}-{month.Key:00}-03") };
        if (notDone is not null)
            fields.AddRange([new($"outcome.{notDone}", "notDone"), new($"reason.{notDone}", "closed"), new($"note.{notDone}", "停业")]);
        var (posted, result, _) = await pages.PostFormAsync(url, "records", fields);
        Assert.True(posted == HttpStatusCode.OK, result);
        Assert.Contains("id=\"records-saved\"", result);

        var records = (await year.GetJsonAsync(Caller.Own, $"/api/solves/{year.RunId}/records")).GetProperty("records").EnumerateArray().ToList();
        Assert.Contains(records, r => r.GetProperty("visit").GetString() == done && r.GetProperty("outcome").GetString() == "done");
        if (notDone is not null)
            Assert.Contains(records, r => r.GetProperty("visit").GetString() == notDone && r.GetProperty("reason").GetString() == "closed");
    }

    [Fact]
    public async Task AnotherDepartment_IsDenied()
    {
        using var pages = year.Pages(Caller.Other);
        var (status, _) = await pages.GetAsync($"/departments/{SolvedYear.Own}/records?year={Tiny.Year}");
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }
}
