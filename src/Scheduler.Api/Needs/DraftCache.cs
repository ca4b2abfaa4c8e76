using System.Globalization;
using System.Runtime.CompilerServices;
using Scheduler.Api.Register;
using Scheduler.Api.Shared;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;

namespace Scheduler.Api.Needs;

/// <summary>
/// Checked drafts (<see cref="DraftState"/>) of the department pages, so viewing, paging and filtering a draft does not
/// re-read the register and every department's needs and re-validate the whole county on each request. An entry is
/// keyed by everything the check depends on: the register version, every department's latest need version, when the
/// department's draft was last saved, and the language of the messages; any change gives a new key. Keeps the last few.
/// </summary>
public sealed class DraftCache(RegisterCache registers, DataStamps stamps)
{
    private readonly LruCache<string, DraftState> _states = new(24, StringComparer.Ordinal);
    private readonly ConditionalWeakTable<DraftState, byte[]> _workbooks = new();

    public RegisterCache Registers => registers;

    /// <summary>The key of the department's draft as stored now, or null when the year has no versioned register.</summary>
    public async Task<string?> KeyAsync(int year, string department, CancellationToken cancellationToken)
    {
        if (await registers.VersionAsync(year, cancellationToken) is not { } version) return null;
        var needs = await stamps.NeedsStampAsync(year, department, cancellationToken);
        return string.Join('\n', year.ToString(CultureInfo.InvariantCulture), department, version.ToString(CultureInfo.InvariantCulture), needs,
            CultureInfo.CurrentUICulture.Name, CultureInfo.CurrentCulture.Name);
    }

    public bool TryGet(string key, out DraftState state) => _states.TryGet(CountyScope.Schema + "/" + key, out state);

    public void Set(string key, DraftState state) => _states.Set(CountyScope.Schema + "/" + key, state);

    /// <summary>The draft as a workbook, made once per checked state (and dropped with it).</summary>
    public byte[] Workbook(DraftState state, Func<DraftState, byte[]> make) => _workbooks.GetValue(state, s => make(s));
}
