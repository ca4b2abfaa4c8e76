using System.Net;

namespace Scheduler.Api.Tests.Replans;

/// <summary>The office's what-if form (/office/solves/{id}/whatif): an answer with figures and the changes; a bad field named; nothing stored.</summary>
public sealed class WhatIfPageTests(SolvedYear year) : IClassFixture<SolvedYear>
{
    private async Task<int> RunCountAsync() =>
        (await year.GetJsonAsync(Caller.Office, $"/api/years/{Tiny.Year}/solves")).GetProperty("runs").GetArrayLength();

    [Fact]
    public async Task Office_AsksWhatIfAnEnterpriseCloses_AndSeesTheFiguresAndTheChanges()
    {
        var plan = await year.GetJsonAsync(Caller.Office, $"/api/solves/{year.RunId}/plan");
        var visit = plan.GetProperty("visits").EnumerateArray().First(v => v.GetProperty("month").GetInt32() >= 2);
        var enterprise = visit.GetProperty("enterprise").GetString()!;
        var month = visit.GetProperty("month").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = await RunCountAsync();
        using var office = year.Pages(Caller.Office);

        var (pageStatus, page) = await office.GetAsync($"/office/solves/{year.RunId}");
        Assert.Equal(HttpStatusCode.OK, pageStatus);
        Assert.Contains($"/office/solves/{year.RunId}/whatif", page);

        var (status, html, _) = await office.PostFormAsync($"/office/solves/{year.RunId}/whatif", "whatif",
            [new("kind", "close"), new("enterprise", enterprise), new("months", month)]);
        Assert.True(status == HttpStatusCode.OK, html);
        Assert.Contains("id=\"whatif-answer\"", html);
        Assert.Contains("id=\"diff-moves\"", html);
        Assert.Contains($"data-enterprise=\"{enterprise}\"", html);
        Assert.DoesNotContain("id=\"whatif-errors\"", html);
        Assert.Equal(before, await RunCountAsync());
    }

    [Theory]
    [InlineData("close", "enterprise", "E999", "E999 is not in the register")]
    [InlineData("close", "months", "July", "not a list of months")]
    public async Task Office_IsToldTheField_WhenTheWhatIfIsBad(string kind, string field, string value, string words)
    {
        using var office = year.Pages(Caller.Office);
        List<KeyValuePair<string, string>> fields = [new("kind", kind), new("enterprise", "E1"), new("months", "12")];
        fields.RemoveAll(f => f.Key == field);
        fields.Add(new(field, value));
        var (status, html, _) = await office.PostFormAsync($"/office/solves/{year.RunId}/whatif", "whatif", fields);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"whatif-errors\"", html);
        Assert.Contains(words, html);
        Assert.DoesNotContain("id=\"whatif-answer\"", html);
    }
}
