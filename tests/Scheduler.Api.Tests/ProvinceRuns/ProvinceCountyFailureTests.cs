using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Scheduler.Api.ProvinceRuns;
using Scheduler.Data.Tenancy;

namespace Scheduler.Api.Tests.ProvinceRuns;

/// <summary>A county job Hangfire gives up on finishes its county as failed, and the run closes.</summary>
public sealed class ProvinceCountyFailureTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private const string County = "330401";

    [Fact]
    public async Task AJobFailedAfterItsRetries_FailsItsCounty_AndClosesTheRun()
    {
        var services = api.Services;
        await services.GetRequiredService<CountyStore>().AddAsync(County, "己县", "province#1");
        var runs = services.GetRequiredService<ProvinceRunStore>();
        var run = (await runs.CreateAsync(2033, [County], "province#1"))!.Value;
        Assert.NotNull(await runs.BeginCountyAsync(run, County, 1, "test:1"));

        // What Hangfire does once AutomaticRetry stops rescheduling: the failed state applied through this host's filters.
        var storage = services.GetRequiredService<JobStorage>();
        using (var connection = storage.GetConnection())
        using (var transaction = connection.CreateWriteTransaction())
        {
            var job = Job.FromExpression<ProvinceCountyJob>(j => j.RunAsync(run, County, 1, CancellationToken.None));
            var context = new ApplyStateContext(storage, connection, transaction, new BackgroundJob("1", job, DateTime.UtcNow),
                new FailedState(new TimeoutException("the database was away")), ProcessingState.StateName);
            services.GetRequiredService<ProvinceCountyFailure>().OnStateApplied(context, transaction);
        }

        var after = (await runs.GetAsync(run))!;
        var county = Assert.Single(after.Counties);
        Assert.Equal("failed", county.State);
        Assert.Contains("the database was away", county.Error, StringComparison.Ordinal);
        Assert.NotNull(after.ClosedAt);
        Assert.Equal("failed", after.State);
    }
}
