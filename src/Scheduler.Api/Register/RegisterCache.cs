using Scheduler.Api.Shared;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Register;

/// <summary>
/// The year's current register for the pages, parsed once per saved version (a saved version never changes): one cheap
/// version read per request instead of reading and parsing the whole register. Keeps the last few versions.
/// </summary>
public sealed class RegisterCache(RegisterStore registers, DataStamps stamps)
{
    private readonly LruCache<(string Schema, int Year, int Version), Instance> _parsed = new(4);
    private readonly LruCache<(string Schema, int Year, int Version, string Key), object> _derived = new(32);

    /// <summary>The year's current register, or null when the office has not saved one (as <see cref="RegisterStore.GetAsync(int, CancellationToken)"/>).</summary>
    public async Task<Instance?> GetAsync(int year, CancellationToken cancellationToken)
    {
        if (await stamps.RegisterVersionAsync(year, cancellationToken) is not { } version)
            return await registers.GetAsync(year, cancellationToken); // a register without versions (older data): read as is
        if (_parsed.TryGet((CountyScope.Schema, year, version), out var register)) return register;
        var saved = await registers.GetAsync(year, version, cancellationToken);
        if (saved is null) return await registers.GetAsync(year, cancellationToken);
        _parsed.Set((CountyScope.Schema, year, version), saved.Register);
        return saved.Register;
    }

    /// <summary>
    /// Something built from the year's current register (a department's template workbook), built once per register
    /// version and <paramref name="key"/> (which must name everything else it depends on, such as the language); null
    /// when the year has no register.
    /// </summary>
    public async Task<T?> DeriveAsync<T>(int year, string key, Func<Instance, T> build, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(build);
        if (await stamps.RegisterVersionAsync(year, cancellationToken) is not { } version)
            return await registers.GetAsync(year, cancellationToken) is { } unversioned ? build(unversioned) : null;
        if (_derived.TryGet((CountyScope.Schema, year, version, key), out var known)) return (T)known;
        if (await GetAsync(year, cancellationToken) is not { } register) return null;
        var value = build(register);
        _derived.Set((CountyScope.Schema, year, version, key), value);
        return value;
    }

    /// <summary>The current register version of the year, or null (see <see cref="DataStamps.RegisterVersionAsync"/>).</summary>
    public Task<int?> VersionAsync(int year, CancellationToken cancellationToken) => stamps.RegisterVersionAsync(year, cancellationToken);
}
