using Scheduler.Data.Stores;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Web;

/// <summary>
/// The year's current register for the pages, parsed once per saved version (a saved version never changes): one cheap
/// version read per request instead of reading and parsing the whole register. Keeps the last few versions.
/// </summary>
public sealed class RegisterCache(RegisterStore registers, DataStamps stamps)
{
    private readonly LruCache<(int Year, int Version), Instance> _parsed = new(4);

    /// <summary>The year's current register, or null when the office has not saved one (as <see cref="RegisterStore.GetAsync(int, CancellationToken)"/>).</summary>
    public async Task<Instance?> GetAsync(int year, CancellationToken cancellationToken)
    {
        if (await stamps.RegisterVersionAsync(year, cancellationToken) is not { } version)
            return await registers.GetAsync(year, cancellationToken); // a register without versions (older data): read as is
        if (_parsed.TryGet((year, version), out var register)) return register;
        var saved = await registers.GetAsync(year, version, cancellationToken);
        if (saved is null) return await registers.GetAsync(year, cancellationToken);
        _parsed.Set((year, version), saved.Register);
        return saved.Register;
    }

    /// <summary>The current register version of the year, or null (see <see cref="DataStamps.RegisterVersionAsync"/>).</summary>
    public Task<int?> VersionAsync(int year, CancellationToken cancellationToken) => stamps.RegisterVersionAsync(year, cancellationToken);
}
