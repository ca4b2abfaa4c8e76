using System.Collections.Concurrent;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;

namespace Scheduler.Api.Shared.Auth;

/// <summary>
/// Whether a session cookie's token is still active, without a database round trip per request: a snapshot of every
/// token's id and state (the table holds one row per department or person, so reading it all is one tiny query),
/// re-read when older than <see cref="MaxAge"/>, or when a cookie names an id the snapshot does not know (a token issued
/// since; an unknown id costs that one query, then its cookie is signed out). A revocation through this server takes
/// effect here at once; other servers see it within <see cref="MaxAge"/>. Also records last use, at most once a minute per token.
/// Token ids are a county's own (each county numbers its tokens), so everything here is kept per county in scope.
/// </summary>
public sealed class TokenSessions(TokenStore tokens, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, CountySessions> counties = new(StringComparer.Ordinal);

    /// <summary>True when the token exists and is not revoked.</summary>
    public async Task<bool> IsActiveAsync(long id, CancellationToken cancellationToken)
    {
        var county = Sessions();
        if (county.Revoked.ContainsKey(id)) return false;
        var now = clock.GetUtcNow();
        var current = county.Snapshot;
        if (current is null || now - current.ReadAt > MaxAge) current = await RefreshAsync(county, current, cancellationToken);
        if (!current.States.ContainsKey(id)) current = await RefreshAsync(county, current, cancellationToken);
        return current.States.TryGetValue(id, out var active) && active;
    }

    /// <summary>
    /// Revokes the token through the store (audited; the office's last token refused) and ends its sessions on this
    /// server at their next request. The API and the page both revoke through here.
    /// </summary>
    public async Task<(RevokeOutcome Outcome, TokenInfo? Token)> RevokeAsync(long id, string who, CancellationToken cancellationToken)
    {
        var result = await tokens.RevokeAsync(id, who, cancellationToken);
        if (result.Outcome is RevokeOutcome.Revoked or RevokeOutcome.AlreadyRevoked) Sessions().Revoked[id] = true;
        return result;
    }

    /// <summary>Writes the token's last use, at most once a minute per token from this server.</summary>
    public async Task TouchAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var touched = Sessions().Touched;
        if (touched.TryGetValue(id, out var last) && now - last < TouchEvery) return;
        touched[id] = now;
        await tokens.TouchAsync(id, cancellationToken);
    }

    private CountySessions Sessions() => counties.GetOrAdd(CountyScope.Schema, _ => new CountySessions());

    private async Task<Snapshot> RefreshAsync(CountySessions county, Snapshot? seen, CancellationToken cancellationToken)
    {
        await county.Refreshing.WaitAsync(cancellationToken);
        try
        {
            // Another request refreshed while this one waited: use its snapshot.
            if (county.Snapshot is { } newer && !ReferenceEquals(newer, seen)) return newer;
            var readAt = clock.GetUtcNow();
            var fresh = new Snapshot(await tokens.StatesAsync(cancellationToken), readAt);
            county.Snapshot = fresh;
            return fresh;
        }
        finally
        {
            county.Refreshing.Release();
        }
    }

    private sealed record Snapshot(IReadOnlyDictionary<long, bool> States, DateTimeOffset ReadAt);

    private sealed class CountySessions
    {
        public SemaphoreSlim Refreshing { get; } = new(1, 1);
        public ConcurrentDictionary<long, DateTimeOffset> Touched { get; } = new();
        public ConcurrentDictionary<long, bool> Revoked { get; } = new();
        public volatile Snapshot? Snapshot;
    }
}
