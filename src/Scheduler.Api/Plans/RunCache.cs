using Scheduler.Api.Shared;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;
using Scheduler.Domain.Json;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Plans;

/// <summary>
/// Parsed solve runs (<see cref="CachedRun"/>) for the web pages and downloads, so a page does not read and parse a
/// run's stored plan, instance and months from PostgreSQL on every request. Only runs that have a plan are kept (their
/// stored outcome never changes, so nothing is invalidated); memory is bounded by keeping the
/// <see cref="Capacity"/> runs used last. A run is read once even when many requests ask for it at the same time.
/// </summary>
public sealed class RunCache
{
    /// <summary>Runs kept by default: a 12,000-enterprise run takes roughly 100-200 MB parsed.</summary>
    public const int DefaultCapacity = 3;

    private readonly SolveRunStore _runs;
    private readonly object _gate = new();
    private readonly LruCache<(string Schema, long Id), Task<CachedRun?>> _recent;

    public RunCache(SolveRunStore runs, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(runs);
        _runs = runs;
        _recent = new LruCache<(string Schema, long Id), Task<CachedRun?>>(capacity);
    }

    public int Capacity => _recent.Capacity;

    /// <summary>The parsed run, or null when it has no plan or its stored plan or instance does not read back.</summary>
    public Task<CachedRun?> GetAsync(SolveRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!run.HasPlan) return Task.FromResult<CachedRun?>(null);
        Task<CachedRun?> load;
        lock (_gate) // one read per run, however many requests ask at once
        {
            if (!_recent.TryGet((CountyScope.Schema, run.Id), out load) || load.IsFaulted || load.IsCanceled)
            {
                // Not tied to the request: a request that gives up must not fail the read for the others waiting on it.
                load = Task.Run(() => LoadAsync(run));
                _recent.Set((CountyScope.Schema, run.Id), load);
            }
        }
        return load.WaitAsync(cancellationToken);
    }

    /// <summary>The run with that id, parsed; null when it is unknown or has no plan.</summary>
    public async Task<CachedRun?> GetAsync(long id, CancellationToken cancellationToken)
    {
        var run = await _runs.GetAsync(id, cancellationToken);
        return run is null ? null : await GetAsync(run, cancellationToken);
    }

    private async Task<CachedRun?> LoadAsync(SolveRun run)
    {
        var planJson = await _runs.GetPlanAsync(run.Id);
        var instanceJson = await _runs.GetInstanceAsync(run.Id);
        var plan = planJson is null ? null : ContractJson.ReadAnnualPlan(planJson).Value;
        var instance = instanceJson is null ? null : ContractJson.ReadInstance(instanceJson).Value;
        if (plan is null || instance is null) return null;
        var months = run.Months;
        return new CachedRun(run.Id, instance, plan, () => Task.Run(() => LoadMonthsAsync(run.Id, months)));
    }

    private async Task<IReadOnlyDictionary<int, MonthlyPlan>> LoadMonthsAsync(long id, int count)
    {
        var months = new Dictionary<int, MonthlyPlan>();
        for (var m = 1; m <= Math.Min(12, count); m++)
        {
            var json = await _runs.GetMonthAsync(id, m);
            if (json is null or "null") continue;
            if (ContractJson.ReadMonthlyPlan(json).Value is { } plan) months[m] = plan;
        }
        return months;
    }
}
