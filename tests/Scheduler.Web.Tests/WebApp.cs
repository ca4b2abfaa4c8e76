using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Npgsql;
using Scheduler.Api.Tests;
using Scheduler.Tests.Shared;

namespace Scheduler.Web.Tests;

/// <summary>
/// The service as a real process on a free Kestrel port over a database of its own (on the PostgreSQL of
/// SCHEDULER_TEST_PG, which scripts/test.sh starts), seeded with samples/xiangshan-300.json: the register, a token per
/// department, and the needs of every department but <see cref="UploadingDepartment"/>, which the upload test submits
/// through the pages. One headless Debian Chromium drives it. Without PostgreSQL or Chromium every test fails, saying why.
/// </summary>
public sealed class WebApp : IAsyncLifetime
{
    public const string OfficeToken = "office-browser-test-token";
    public const string ProvinceToken = "province.browser-test-token";
    public const string Variable = "SCHEDULER_TEST_PG";

    /// <summary>The department whose needs arrive by the upload page, not the API.</summary>
    public const string UploadingDepartment = "STHJ";

    private readonly string database = "scheduler_web_" + Guid.NewGuid().ToString("N")[..12];
    private readonly Dictionary<string, string> tokens = new(StringComparer.Ordinal);
    private ApiProcess? service;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri Address => service?.Address ?? throw new InvalidOperationException("not started");

    public int Year { get; private set; }

    /// <summary>The sample instance (register and all needs), as the tests' source of truth.</summary>
    public JsonObject Sample { get; } = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "samples", "xiangshan-300.json")))!.AsObject();

    public IReadOnlyList<string> Departments => [.. tokens.Keys.Order(StringComparer.Ordinal)];

    public string TokenOf(string department) => tokens[department];

    public async Task InitializeAsync()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set: the browser tests need a real PostgreSQL. Run scripts/test.sh, which starts a throwaway cluster.");
        }
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"create database {database}", connection);
            await command.ExecuteNonQueryAsync();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;

        service = ApiProcess.Start(new Dictionary<string, string>
        {
            ["ConnectionStrings__Scheduler"] = connectionString,
            ["Scheduler__OfficeToken"] = OfficeToken,
            ["Scheduler__ProvinceToken"] = ProvinceToken,
            ["Scheduler__AnnualTimeLimitSeconds"] = "5",
            ["Scheduler__MonthTimeLimitSeconds"] = "2",
            ["Scheduler__SolverWorkers"] = "1",
            ["Scheduler__ConcurrentSolves"] = "1",
        });
        await service.WaitHealthyAsync(DateTime.UtcNow.AddMinutes(2));
        await SeedAsync();

        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>A fresh browser context (its own cookies) with a page, not signed in; zh-CN, a desktop-sized window.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await (browser ?? throw new InvalidOperationException("not started")).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1360, Height = 900 },
        });
        // Safety nets, not speed checks: on a loaded machine (a province bench beside the suite) a page took over 30 s to load.
        context.SetDefaultTimeout(120_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>A page signed in through the sign-in form with <paramref name="token"/>.</summary>
    public async Task<IPage> SignedInAsync(string token)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/signin");
        await page.GetByLabel("访问令牌").FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        // The landed page's footer, the layout's last element, found by a locator (re-queried in whatever document is
        // current): waiting for the load state of the document committed first once hung for 120 s in a clean-clone CI
        // run although the page had loaded ("NetworkIdle" fired).
        await page.Locator("body > footer").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        return page;
    }

    /// <summary>A client of the API with the bearer token (office's when null).</summary>
    public HttpClient Api(string? token = null)
    {
        var client = service!.Client(token ?? OfficeToken);
        return client;
    }

    /// <summary>Starts a solve of the year through the API and waits until it succeeds; returns its run id.</summary>
    public async Task<long> SolveAsync()
    {
        using var office = Api();
        using var started = await office.PostAsync($"/api/years/{Year}/solves", null);
        var body = await started.Content.ReadAsStringAsync();
        if (started.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"starting a solve: {(int)started.StatusCode} {body}");
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt64();
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            var run = JsonDocument.Parse(await office.GetStringAsync($"/api/solves/{id}")).RootElement;
            var state = run.GetProperty("state").GetString();
            if (state == "succeeded") return id;
            if (state is "failed" or "cancelled") throw new InvalidOperationException($"solve {id} ended {state}: {run}\n{ServiceOutput}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"solve {id} still {state} after 5 minutes\n{ServiceOutput}");
            await Task.Delay(500);
        }
    }

    /// <summary>The service's last output lines, for failure messages.</summary>
    public string ServiceOutput => service?.Tail() ?? "";

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        service?.Dispose();
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin)) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"drop database if exists {database} with (force)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task SeedAsync()
    {
        Year = (int)Sample["year"]!;
        var register = Sample.DeepClone().AsObject();
        register.Remove("needs");
        using var office = Api();
        await Expect(await office.PutAsync($"/api/years/{Year}/register", Json(register.ToJsonString())), "saving the register");
        foreach (var department in Sample["departments"]!.AsArray().Select(d => (string)d!["id"]!))
        {
            using var issued = await office.PostAsJsonAsync("/api/tokens", new { department });
            var body = await issued.Content.ReadAsStringAsync();
            if (issued.StatusCode != HttpStatusCode.OK)
                throw new InvalidOperationException($"issuing a token for {department}: {(int)issued.StatusCode} {body}\n{ServiceOutput}");
            tokens[department] = JsonDocument.Parse(body).RootElement.GetProperty("token").GetString()!;
        }
        foreach (var department in tokens.Keys.Where(d => d != UploadingDepartment))
        {
            var needs = new JsonArray([.. Sample["needs"]!.AsArray().Where(n => (string)n!["department"]! == department).Select(n => n!.DeepClone())]);
            if (needs.Count == 0) continue;
            using var client = Api(tokens[department]);
            await Expect(await client.PutAsync($"/api/years/{Year}/needs", Json(new JsonObject { ["needs"] = needs }.ToJsonString())),
                $"submitting {department}'s needs");
        }
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task Expect(HttpResponseMessage response, string what)
    {
        using (response)
        {
            if (response.StatusCode != HttpStatusCode.OK)
                throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{ServiceOutput}");
        }
    }
}
