using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Scheduler.Api.Tests;

/// <summary>
/// The service as a real child process, <c>dotnet Scheduler.Api.dll</c> (the build next to the test assembly), on
/// 127.0.0.1 and a free port, configured through environment variables as a deployment would be. Its output is kept
/// (the last lines go into failure messages). <see cref="Kill"/> is SIGKILL: no shutdown, no cleanup.
/// </summary>
public sealed class ApiProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private ApiProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => process.Id;

    /// <summary>The service's assembly: copied next to the test assembly by the project reference.</summary>
    public static string AssemblyPath
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Scheduler.Api.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"no Scheduler.Api.dll next to the tests in {AppContext.BaseDirectory}");
        }
    }

    /// <summary>Starts the service with <paramref name="settings"/> as environment variables (e.g. Scheduler__OfficeToken).</summary>
    public static ApiProcess Start(IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var dll = AssemblyPath;
        var info = new ProcessStartInfo(DotnetHost(), [dll, "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in settings) info.Environment[key] = value;

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var api = new ApiProcess(process, address);
        process.OutputDataReceived += (_, e) => api.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => api.Keep(e.Data);
        if (!process.Start()) throw new InvalidOperationException($"could not start {info.FileName} {dll}");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return api;
    }

    /// <summary>A client of this process sending the bearer token (none when null).</summary>
    public HttpClient Client(string? token)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(2) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Waits until GET /health answers 200; fails (with the process's output) when it exits or the deadline passes.</summary>
    public async Task WaitHealthyAsync(DateTime deadlineUtc)
    {
        using var client = Client(null);
        client.Timeout = TimeSpan.FromSeconds(10);
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"the service exited with {process.ExitCode} before it was healthy:\n{Tail()}");
            try
            {
                using var response = await client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            if (DateTime.UtcNow > deadlineUtc) throw new TimeoutException($"the service at {Address} was not healthy in time:\n{Tail()}");
            await Task.Delay(200);
        }
    }

    /// <summary>SIGKILL (Process.Kill): the process dies at once, whatever it is doing; waits until it is gone.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>The last lines the process wrote.</summary>
    public string Tail(int lines = 40) => string.Join('\n', output.TakeLast(lines));

    public void Dispose()
    {
        try
        {
            if (!process.HasExited) Kill();
        }
        catch (InvalidOperationException)
        {
            // never started or already reaped
        }
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        output.Enqueue(line);
        while (output.Count > 400) output.TryDequeue(out _);
    }

    /// <summary>The dotnet host running these tests (DOTNET_HOST_PATH, set by the SDK), else dotnet on PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
