using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Tests.Hosting;

/// <summary>
/// The service over a database that refuses every connection (a local port nobody listens on): the failing data source
/// of issue 11. Nothing that needs the database at start-up runs (migrations, the Hangfire server), and callers are
/// authenticated by a fake scheme (the real one looks tokens up in the database): header X-Department names a
/// department, else the caller is the office.
/// </summary>
public sealed class DatabaseDownFactory : WebApplicationFactory<Program>
{
    public const string DepartmentHeader = "X-Department";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Scheduler", $"Host=127.0.0.1;Port={ClosedPort()};Username=postgres;Database=down;Timeout=2;Pooling=false");
        builder.UseSetting("Scheduler:OfficeToken", "unused");
        builder.ConfigureTestServices(services =>
        {
            foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name != "GenericWebHostService").ToList())
                services.Remove(hosted);
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, FakeCaller>(FakeCaller.SchemeName, null);
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = FakeCaller.SchemeName;
                o.DefaultAuthenticateScheme = FakeCaller.SchemeName;
                o.DefaultChallengeScheme = FakeCaller.SchemeName;
                o.DefaultForbidScheme = FakeCaller.SchemeName;
            });
        });
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private sealed class FakeCaller(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string SchemeName = "Fake";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            string? department = Request.Headers[DepartmentHeader];
            var identity = department is null ? new TokenIdentity(1, TokenIdentity.Office, null) : new TokenIdentity(2, TokenIdentity.DepartmentRole, department);
            ClaimsPrincipal principal = SessionPrincipal.For(identity, scheme: SchemeName);
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
        }
    }
}
