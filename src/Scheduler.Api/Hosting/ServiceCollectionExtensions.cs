using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Npgsql;
using Scheduler.Api.Needs;
using Scheduler.Api.Plans;
using Scheduler.Api.Register;
using Scheduler.Api.Shared.Auth;
using Scheduler.Api.Shared.Uploads;
using Scheduler.Api.Solves;
using Scheduler.Data;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;

namespace Scheduler.Api.Hosting;

/// <summary>The service's parts, one method each, so Program.cs reads like a table of contents.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddSchedulerOptions(this IServiceCollection services)
    {
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<UploadLimits>().BindConfiguration(UploadLimits.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>One NpgsqlDataSource over ConnectionStrings:Scheduler (read when first needed, so tests can set it late).</summary>
    public static IServiceCollection AddSchedulerDatabase(this IServiceCollection services)
    {
        // Its Maximum Pool Size is this process's share of the connections (ConnectionBudget, docs/deploy.md).
        services.AddSingleton(sp => NpgsqlDataSource.Create(ConnectionBudget.WithPoolSize(ConnectionString(sp), Budget(sp).ServicePool)));
        services.AddSingleton<CountyDataSource>();    // the stores' connections: the county in scope's schema (CountyScope)
        services.AddSingleton<Migrator>();
        services.AddSingleton<CountyStore>();
        services.AddSingleton<ProvinceTokenStore>();
        services.AddSingleton<ProvinceTargetStore>();
        services.AddSingleton<ProvinceRunStore>();
        services.AddSingleton<Scheduler.Api.ProvinceRuns.ProvinceRunStarter>();
        services.AddSingleton<CountyYearStore>();       // the province's read of every county's year, one batch
        services.AddSingleton<Scheduler.Api.Province.ProvinceFigures>();
        services.AddSingleton<RegisterStore>();
        services.AddSingleton<NeedStore>();
        services.AddSingleton<RuleStore>();
        services.AddSingleton<DrawStore>();
        services.AddSingleton<Scheduler.Api.Draws.DrawRunner>();
        services.AddSingleton<Scheduler.Api.Draws.DrawFiguresCache>();
        services.AddSingleton<SubmissionGate>();
        services.AddSingleton<NeedDraftStore>();
        services.AddSingleton<TokenStore>();
        services.AddSingleton<TokenLookup>();
        services.AddSingleton(sp => new TokenSessions(sp.GetRequiredService<TokenStore>(), TimeProvider.System));
        services.AddSingleton<SolveRunStore>();
        services.AddSingleton<AuditStore>();
        services.AddSingleton<RecordStore>();
        services.AddSingleton<ReplanRunStore>();
        services.AddSingleton<Scheduler.Api.Replans.ReplanStarter>();
        services.AddSingleton<Scheduler.Api.Replans.WhatIfService>();
        services.AddSingleton<StaffingWhatIfStore>();
        services.AddSingleton<Scheduler.Api.Staffing.StaffingWhatIfStarter>();
        services.AddSingleton<Scheduler.Api.Staffing.StaffingAdopter>();
        services.AddSingleton<Scheduler.Api.Records.RunRecords>();
        services.AddSingleton<InstanceAssembler>();
        services.AddSingleton<SolveStarter>();
        services.AddSingleton<RegisterUploadStore>();
        // Parsed solve runs for the pages and downloads (a run's stored plan never changes); Scheduler:CachedRuns runs kept.
        services.AddSingleton(sp => new RunCache(sp.GetRequiredService<SolveRunStore>(),
            sp.GetRequiredService<IConfiguration>().GetValue("Scheduler:CachedRuns", RunCache.DefaultCapacity)));
        // Parsed registers by saved version, and checked department drafts, for the pages.
        services.AddSingleton<DataStamps>();
        services.AddSingleton<RegisterCache>();
        services.AddSingleton<DraftCache>();
        // Registered before the Hangfire server, so hosted services start in this order.
        services.AddHostedService<DatabaseStartup>();
        return services;
    }

    public static IServiceCollection AddSchedulerAuth(this IServiceCollection services)
    {
        services.AddAuthentication(SessionCookie.SelectorScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null)
            .AddSessionCookie();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Office, p => p.RequireRole(TokenIdentity.Office))
            .AddPolicy(Policies.Department, p => p.RequireRole(TokenIdentity.DepartmentRole))
            .AddPolicy(Policies.Anyone, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Province, p => p.RequireRole(SessionPrincipal.ProvinceRole));
        return services;
    }

    /// <summary>
    /// Hangfire on PostgreSQL: sliding invisibility (a running job is never taken by another server; a killed server's job
    /// reruns elsewhere Scheduler:JobInvisibilitySeconds after its last heartbeat), long polling (instant pickup), the queues
    /// short and solves (<see cref="JobQueues"/>), job servers only in a worker process (<see cref="JobServers"/>).
    /// </summary>
    public static IServiceCollection AddSchedulerJobs(this IServiceCollection services)
    {
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>())));
        // Jobs are activated from THIS host's services. AddHangfire registers the static JobActivator.Current, which the
        // last host to start overwrites: with two hosts in one process (tests) a job could run on the other host's
        // services and database, leaving its own run queued forever.
        services.AddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        // The storage is this host's own singleton, not Hangfire's static JobStorage.Current: two hosts in one process
        // (tests) must not enqueue into each other's databases. Registered after AddHangfire, so it wins.
        services.AddSingleton<JobStorage>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SchedulerOptions>>().Value;
            var storage = new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = true,
                UseSlidingInvisibilityTimeout = true,
                InvisibilityTimeout = TimeSpan.FromSeconds(options.JobInvisibilitySeconds),
                EnableLongPolling = true,
                // Long polling wakes a worker at once on NOTIFY; a notification missed (a listener reconnecting, a server
                // busy starting) is still caught by polling this often instead of the 15 s default.
                QueuePollInterval = TimeSpan.FromSeconds(options.QueuePollSeconds),
            };
            var connection = ConnectionBudget.WithPoolSize(ConnectionString(sp), Budget(sp).HangfirePool);
            return new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(connection, storage), storage);
        });
        // Registered after DatabaseStartup (AddSchedulerDatabase), so the migrations run before a job does.
        services.AddHostedService<JobServers>();
        services.AddTransient<SolveJob>();
        services.AddTransient<Scheduler.Api.ProvinceRuns.ProvinceCountyJob>();
        services.AddSingleton<Scheduler.Api.ProvinceRuns.ProvinceCountyFailure>();
        services.AddTransient<Scheduler.Api.Replans.ReplanJob>();
        return services;
    }

    public static IServiceCollection AddSchedulerProblems(this IServiceCollection services)
    {
        // Every ProblemDetails with "errors" lists at most Scheduler:MaxErrors of them and says how many there were.
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ErrorCap.Apply);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<DatabaseFaultHandler>();       // the database unavailable: 503 + Retry-After
        // A route or query value that does not bind (/api/solves/abc, ?version=x) throws BadHttpRequestException in every
        // environment, so BadRequestExceptionHandler answers it with ProblemDetails naming the parameter.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    private static ConnectionBudget Budget(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<SchedulerOptions>>().Value;
        return ConnectionBudget.For(options, ServerRole.Parse(options.Role));
    }

    private static string ConnectionString(IServiceProvider sp) =>
        sp.GetRequiredService<IConfiguration>().GetConnectionString("Scheduler")
        ?? throw new InvalidOperationException("ConnectionStrings:Scheduler is not set (environment ConnectionStrings__Scheduler)");
}
