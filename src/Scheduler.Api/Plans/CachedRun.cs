using System.Collections.Concurrent;
using System.Text;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Api.Plans;

/// <summary>
/// One solve run's stored outcome, parsed once and shared by every request (<see cref="RunCache"/>): its instance and
/// annual plan, their lookups, and, built when first asked, its monthly plans and the views derived from them. A run's
/// plan, months and instance never change once it has a plan, so nothing here is ever invalidated. Read-only after
/// construction except for the lazily built parts, which are built at most once each.
/// </summary>
public sealed class CachedRun
{
    private readonly Func<Task<IReadOnlyDictionary<int, MonthlyPlan>>> _loadMonths;
    private readonly object _gate = new();
    private Task<IReadOnlyDictionary<int, MonthlyPlan>>? _months;
    private readonly Lazy<PlanOverview> _overview;
    private readonly Lazy<IReadOnlyDictionary<string, int>> _visitCounts;
    private readonly Lazy<byte[]> _planJson;
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<DepartmentVisit>>> _departmentVisits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _made = new(StringComparer.Ordinal);
    private Lazy<PlanFiles>? _files;
    private Lazy<byte[]>? _zip;

    public CachedRun(long id, Instance instance, AnnualPlan plan, Func<Task<IReadOnlyDictionary<int, MonthlyPlan>>> loadMonths)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(loadMonths);
        Id = id;
        Instance = instance;
        Plan = plan;
        Index = new PlanIndex(instance, plan);
        _loadMonths = loadMonths;
        _overview = new Lazy<PlanOverview>(() => PlanOverview.Build(Instance, Plan));
        _visitCounts = new Lazy<IReadOnlyDictionary<string, int>>(() =>
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var v in Plan.Visits ?? []) counts[v.Enterprise] = counts.GetValueOrDefault(v.Enterprise) + 1;
            return counts;
        });
        _planJson = new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(ContractJson.Write(Plan)));
    }

    public long Id { get; }

    public Instance Instance { get; }

    public AnnualPlan Plan { get; }

    /// <summary>Lookups over <see cref="Instance"/> and <see cref="Plan"/> (visit codes included).</summary>
    public PlanIndex Index { get; }

    /// <summary>The overview's figures, heat map and loads (the plan checker runs once per run).</summary>
    public PlanOverview Overview => _overview.Value;

    /// <summary>Visits per enterprise id.</summary>
    public IReadOnlyDictionary<string, int> VisitCounts => _visitCounts.Value;

    /// <summary>The plan in the spec's JSON, UTF-8.</summary>
    public byte[] PlanJson => _planJson.Value;

    /// <summary>The run's monthly plans that exist, by month; read and parsed on first use.</summary>
    public Task<IReadOnlyDictionary<int, MonthlyPlan>> MonthsAsync(CancellationToken cancellationToken)
    {
        Task<IReadOnlyDictionary<int, MonthlyPlan>> months;
        lock (_gate)
        {
            // A failed read (the database away) is not kept: the next request tries again.
            if (_months is null || _months.IsFaulted || _months.IsCanceled) _months = _loadMonths();
            months = _months;
        }
        return months.WaitAsync(cancellationToken);
    }

    /// <summary>A department's share of the plan (<see cref="DepartmentVisitList"/>), built once per department.</summary>
    public async Task<IReadOnlyList<DepartmentVisit>> DepartmentVisitsAsync(string department, CancellationToken cancellationToken)
    {
        var months = await MonthsAsync(cancellationToken);
        return _departmentVisits.GetOrAdd(department,
            d => new Lazy<IReadOnlyList<DepartmentVisit>>(() => DepartmentVisitList.Build(Instance, Plan, months, d))).Value;
    }

    /// <summary>The run's downloadable files (one <see cref="PlanFiles"/>, whose lookups are then built once).</summary>
    public async Task<PlanFiles> FilesAsync(CancellationToken cancellationToken)
    {
        var months = await MonthsAsync(cancellationToken);
        lock (_gate)
        {
            _files ??= new Lazy<PlanFiles>(() => new PlanFiles(Id, Instance, Plan, [.. months.OrderBy(m => m.Key).Select(m => m.Value)]));
        }
        return _files.Value;
    }

    /// <summary>
    /// A file made from this run (a department's or township's workbook), made once per <paramref name="key"/>, which
    /// must name everything it depends on. Nothing is kept when <paramref name="make"/> gives null (an unknown id), so
    /// odd requests cannot fill the memory.
    /// </summary>
    public byte[]? File(string key, Func<byte[]?> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        if (_made.TryGetValue(key, out var known)) return known;
        var made = make();
        if (made is not null) _made.TryAdd(key, made);
        return made;
    }

    /// <summary>Every file in one zip (<see cref="PlanFiles.Zip"/>), built once: its calendars are stamped with the time it was built.</summary>
    public async Task<byte[]> ZipAsync(TimeProvider clock, CancellationToken cancellationToken)
    {
        var files = await FilesAsync(cancellationToken);
        lock (_gate)
        {
            _zip ??= new Lazy<byte[]>(() => files.Zip(clock.GetUtcNow().UtcDateTime));
        }
        return _zip.Value;
    }
}
