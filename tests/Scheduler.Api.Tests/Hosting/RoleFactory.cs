using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Scheduler.Api.Tests.Hosting;

/// <summary>
/// The service in-process with Scheduler:Role <paramref name="role"/> over an existing database (an <see cref="ApiFactory"/>'s,
/// never started itself): several of them in one test are a web process and worker processes sharing one database.
/// </summary>
public sealed class RoleFactory(string connectionString, string role) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Scheduler", connectionString);
        builder.UseSetting("Scheduler:Role", role);
        builder.UseSetting("Scheduler:OfficeToken", ApiFactory.OfficeToken);
        builder.UseSetting("Scheduler:AnnualTimeLimitSeconds", "5");
        builder.UseSetting("Scheduler:MonthTimeLimitSeconds", "3");
        builder.UseSetting("Scheduler:SolverWorkers", "1");
        builder.UseSetting("Scheduler:Workers:Short", "1");
        builder.UseSetting("Scheduler:Workers:Solves", "1");
    }

    /// <summary>A client sending the bearer token (none when null).</summary>
    public HttpClient Client(string? token)
    {
        var client = CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
