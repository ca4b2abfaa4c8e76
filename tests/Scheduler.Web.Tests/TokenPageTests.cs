using Microsoft.Playwright;

namespace Scheduler.Web.Tests;

/// <summary>The office hands out and takes back access in the browser: a token issued on /office/tokens signs a department in; revoked there, it ends that session.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TokenPageTests(WebApp app)
{
    [Fact]
    public async Task RevokedToken_SendsTheDepartmentToSignIn_WhenTheOfficeIssuedAndRevokedItOnThePage()
    {
        var office = await app.SignedInAsync(WebApp.OfficeToken);
        await office.GotoAsync("/office/tokens");
        await office.Locator("#issue-department").SelectOptionAsync("SCJG");
        await office.Locator("#issue-token").ClickAsync();
        var field = office.Locator("#new-token");
        await field.WaitForAsync();
        var token = await field.InputValueAsync();
        Assert.False(string.IsNullOrWhiteSpace(token));
        Assert.NotNull(await field.GetAttributeAsync("readonly"));
        Assert.Contains("只显示一次", await office.Locator("#new-token-warning").InnerTextAsync(), StringComparison.Ordinal);
        var row = office.Locator("#tokens-table tbody tr").First;
        var id = await row.GetAttributeAsync("data-token-id");
        Assert.Equal("active", await row.GetAttributeAsync("data-state"));
        Assert.Contains("SCJG", await row.InnerTextAsync(), StringComparison.Ordinal);
        await Screens.TakeAsync(office, "office-tokens");

        // The department signs in with it in a browser of its own.
        var department = await app.SignedInAsync(token);
        Assert.Equal("/departments/SCJG/needs", new Uri(department.Url).AbsolutePath);

        // The office revokes it: the row's link, then the confirmation.
        await office.Locator($"#revoke-{id}").ClickAsync();
        await office.Locator("#confirm-revoke").ClickAsync();
        await office.Locator("#revoke-done").WaitForAsync();
        Assert.Equal("revoked", await office.Locator($"#tokens-table tr[data-token-id='{id}']").GetAttributeAsync("data-state"));
        Assert.Contains("已撤销", await office.Locator($"#tokens-table tr[data-token-id='{id}']").InnerTextAsync(), StringComparison.Ordinal);

        // The department's next page load lands on the sign-in page.
        await department.GotoAsync("/departments/SCJG/needs");
        Assert.Equal("/signin", new Uri(department.Url).AbsolutePath);

        await department.Context.CloseAsync();
        await office.Context.CloseAsync();
    }
}
