using System.Security.Cryptography;
using Npgsql;
using Scheduler.Data.Stores;

namespace Scheduler.Data.Tenancy;

/// <summary>
/// The province's bearer tokens ("province." + random), stored as their SHA-256 in platform.province_tokens. A province
/// token reads every county's figures and plans and writes only the province's rows.
/// </summary>
public sealed class ProvinceTokenStore(CountyDataSource dataSource)
{
    /// <summary>What every province token starts with, so a token names where it is looked up.</summary>
    public const string Prefix = "province.";

    /// <summary>Stores <paramref name="token"/> as the province's first token when it has none; true when it did.</summary>
    public async Task<bool> SeedAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(Migrator.PlatformSchema, cancellationToken);
        await using var command = new NpgsqlCommand("""
            insert into province_tokens (hash, label, created_by)
            select $1, 'seeded', 'configuration' where not exists (select 1 from province_tokens)
            on conflict (hash) do nothing
            """, connection);
        command.Parameters.AddWithValue(TokenStore.Hash(token));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Issues a new province token and returns its text (shown once).</summary>
    public async Task<string> IssueAsync(string label, string who, CancellationToken cancellationToken = default)
    {
        var token = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var connection = await dataSource.OpenConnectionAsync(Migrator.PlatformSchema, cancellationToken);
        await using var command = new NpgsqlCommand("insert into province_tokens (hash, label, created_by) values ($1, $2, $3)", connection);
        command.Parameters.AddWithValue(TokenStore.Hash(token));
        command.Parameters.AddWithValue(label);
        command.Parameters.AddWithValue(who);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return token;
    }

    /// <summary>The token's id when it is a live province token, else null.</summary>
    public async Task<long?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(Migrator.PlatformSchema, cancellationToken);
        await using var command = new NpgsqlCommand("select id from province_tokens where hash = $1 and revoked_at is null", connection);
        command.Parameters.AddWithValue(TokenStore.Hash(token));
        return await command.ExecuteScalarAsync(cancellationToken) is long id ? id : null;
    }

    /// <summary>True while the province token with this id exists and is not revoked (a session cookie's check).</summary>
    public async Task<bool> IsActiveAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(Migrator.PlatformSchema, cancellationToken);
        await using var command = new NpgsqlCommand("select exists (select 1 from province_tokens where id = $1 and revoked_at is null)", connection);
        command.Parameters.AddWithValue(id);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }
}
