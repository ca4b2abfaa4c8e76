using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Scheduler.Tests.Shared;

namespace Scheduler.Api.Tests.Contract;

/// <summary>
/// The OpenAPI document as a contract, end to end, in tests/api-client (pinned in its package-lock.json): against the
/// service as a real process, <c>npm ci</c>; the document exported from /openapi/v1.json; <c>redocly lint</c> with the
/// recommended rules (no error, no warning: a rule is turned off only in redocly.yaml with its reason); a client generated
/// by openapi-typescript; <c>tsc --noEmit</c> under strict; then the flow (src/flow.ts) run with node: register, department
/// tokens, needs, a solve polled until it succeeds, the plan and a month. Needs node and npm (and the npm registry).
/// </summary>
public sealed partial class TypedClientTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string OfficeToken = "office-typed-client-token";

    [Fact]
    public async Task TypedClient_LintsCompilesAndDrivesTheWholeFlow_WhenGeneratedFromTheServiceDocument()
    {
        foreach (var tool in new[] { "node", "npm" })
        {
            Assert.True(OnPath(tool), $"'{tool}' is not on PATH: the typed-client test needs Node.js 20+ and npm (apt-get install -y nodejs npm)");
        }
        var root = ValidatorScript.RepoRoot ?? throw new InvalidOperationException("no Scheduler.sln above the tests");
        var folder = Path.Combine(root, "tests", "api-client");
        var deadline = DateTime.UtcNow.AddMinutes(10);

        using var service = ApiProcess.Start(new Dictionary<string, string>
        {
            ["ConnectionStrings__Scheduler"] = api.ConnectionString,
            ["Scheduler__OfficeToken"] = OfficeToken,
            ["Scheduler__AnnualTimeLimitSeconds"] = "5",
            ["Scheduler__MonthTimeLimitSeconds"] = "2",
            ["Scheduler__SolverWorkers"] = "1",
        });
        var install = RunAsync(folder, "npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
        await service.WaitHealthyAsync(deadline);
        Succeeded("npm ci", await install);

        using (var client = service.Client(null))
        {
            var document = await client.GetStringAsync("/openapi/v1.json");
            await File.WriteAllTextAsync(Path.Combine(folder, "openapi.json"), document);
        }

        var lint = Succeeded("redocly lint", await RunAsync(folder, "npm", ["run", "--silent", "lint"], TimeSpan.FromMinutes(2)));
        Assert.True(!Warnings().IsMatch(lint), $"redocly lint left warnings; fix them or turn the rule off in redocly.yaml with its reason:\n{lint}");
        Succeeded("openapi-typescript", await RunAsync(folder, "npm", ["run", "--silent", "generate"], TimeSpan.FromMinutes(2)));
        Succeeded("tsc --noEmit (strict)", await RunAsync(folder, "npm", ["run", "--silent", "check"], TimeSpan.FromMinutes(2)));
        Succeeded("tsc (emit)", await RunAsync(folder, "npm", ["run", "--silent", "build"], TimeSpan.FromMinutes(2)));
        var flow = await RunAsync(folder, "node",
            ["dist/flow.js", service.Address.ToString().TrimEnd('/'), OfficeToken, Path.Combine(root, "samples", "tiny.json")], TimeSpan.FromMinutes(6));
        if (flow.ExitCode != 0) Assert.Fail($"the typed client's flow failed ({flow.ExitCode}):\n{flow.Output}\n--- service ---\n{service.Tail()}");
        Assert.Contains("flow ok", flow.Output, StringComparison.Ordinal);
    }

    private static string Succeeded(string step, (int ExitCode, string Output) result)
    {
        if (result.ExitCode != 0) Assert.Fail($"{step} failed (exit {result.ExitCode}):\n{result.Output}");
        return result.Output;
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(dir => File.Exists(Path.Combine(dir, tool)));

    /// <summary>Runs a command in <paramref name="folder"/>; its exit code and its output and errors together. Killed after <paramref name="limit"/>.</summary>
    private static async Task<(int ExitCode, string Output)> RunAsync(string folder, string command, IReadOnlyList<string> arguments, TimeSpan limit)
    {
        var info = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["NO_UPDATE_NOTIFIER"] = "1";
        info.Environment["NO_COLOR"] = "1";
        info.Environment["REDOCLY_TELEMETRY"] = "off";
        info.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = new Process { StartInfo = info };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            lock (output) return (-1, $"{command} {string.Join(' ', arguments)} timed out after {limit}:\n{output}");
        }
        process.WaitForExit();
        lock (output) return (process.ExitCode, output.ToString());
    }

    /// <summary>Redocly's closing line when the lint left warnings: "You have 3 warnings."</summary>
    [GeneratedRegex(@"You have \d+ warnings?")]
    private static partial Regex Warnings();
}
