using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Scheduler.Data.Audit;
using Scheduler.Data.Tenancy;

namespace Scheduler.Data.Stores;

/// <summary>
/// The county's bearer tokens (the county in scope): random, shown once when issued, stored only as their SHA-256 hash.
/// A county on a platform prefixes its tokens with its code ("330681.…"); the installation's own county does not.
/// </summary>
public sealed class TokenStore(CountyDataSource dataSource)
{
    /// <summary>Issues a new token for the office (<paramref name="department"/> null) or a department, and returns its text.</summary>
    public async Task<string> IssueAsync(string? department, string who, CancellationToken cancellationToken = default)
    {
        // A county's tokens start with its code ("330681."), so signing in finds the county from the token alone.
        var token = (CountyScope.Current is { } county ? county + "." : "")
            + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var id = await InsertAsync(connection, tx, token, department, who, cancellationToken);
        await AuditLog.WriteAsync(connection, tx, who, "token issued",
            new TokenDetail(id, department is null ? TokenIdentity.Office : TokenIdentity.DepartmentRole, department), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return token;
    }

    /// <summary>Stores <paramref name="token"/> as the office's first token when the database has no office token yet; true when it did.</summary>
    public async Task<bool> SeedOfficeAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("select pg_advisory_xact_lock(hashtextextended($1, 0))", connection, tx))
        {
            lockCommand.Parameters.AddWithValue(CountyScope.Schema + ":tokens:seed");
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var any = new NpgsqlCommand("select exists (select 1 from tokens where role = 'office')", connection, tx))
        {
            if ((bool)(await any.ExecuteScalarAsync(cancellationToken))!) return false;
        }
        var id = await InsertAsync(connection, tx, token, null, "configuration", cancellationToken);
        await AuditLog.WriteAsync(connection, tx, "configuration", "office token seeded", new TokenSeededDetail(id), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Who the token stands for, or null when it is unknown or revoked.</summary>
    public async Task<TokenIdentity?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select id, role, department from tokens where hash = $1 and revoked_at is null", connection);
        command.Parameters.AddWithValue(Hash(token));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new TokenIdentity(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    /// <summary>Every token, oldest first: whom it is for, who issued and who revoked it (never the hash).</summary>
    public async Task<IReadOnlyList<TokenInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"select {InfoColumns} from tokens order by id", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<TokenInfo>();
        while (await reader.ReadAsync(cancellationToken)) rows.Add(ReadInfo(reader));
        return rows;
    }

    /// <summary>One token as listed, or null when no token has this id.</summary>
    public async Task<TokenInfo?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"select {InfoColumns} from tokens where id = $1", connection);
        command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadInfo(reader) : null;
    }

    /// <summary>
    /// Revokes the token <paramref name="id"/> for <paramref name="who"/>, audited in the same transaction. The office's
    /// last active token is never revoked (the office would lock itself out); revoking twice changes nothing.
    /// </summary>
    public async Task<(RevokeOutcome Outcome, TokenInfo? Token)> RevokeAsync(long id, string who, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        // One revocation at a time: two office tokens revoked at once must not both pass the "another one is left" check.
        await using (var lockCommand = new NpgsqlCommand("select pg_advisory_xact_lock(hashtextextended($1, 0))", connection, tx))
        {
            lockCommand.Parameters.AddWithValue(CountyScope.Schema + ":tokens:revoke");
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        TokenInfo? token;
        await using (var read = new NpgsqlCommand($"select {InfoColumns} from tokens where id = $1", connection, tx))
        {
            read.Parameters.AddWithValue(id);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            token = await reader.ReadAsync(cancellationToken) ? ReadInfo(reader) : null;
        }
        if (token is null) return (RevokeOutcome.NotFound, null);
        if (token.Revoked) return (RevokeOutcome.AlreadyRevoked, token);
        if (token.Role == TokenIdentity.Office)
        {
            await using var others = new NpgsqlCommand(
                "select exists (select 1 from tokens where role = 'office' and revoked_at is null and id <> $1)", connection, tx);
            others.Parameters.AddWithValue(id);
            if (!(bool)(await others.ExecuteScalarAsync(cancellationToken))!) return (RevokeOutcome.LastOfficeToken, token);
        }
        await using (var update = new NpgsqlCommand(
            $"update tokens set revoked_at = now(), revoked_by = $2 where id = $1 returning {InfoColumns}", connection, tx))
        {
            update.Parameters.AddWithValue(id);
            update.Parameters.AddWithValue(who);
            await using var reader = await update.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            token = ReadInfo(reader);
        }
        await AuditLog.WriteAsync(connection, tx, who, "token revoked",
            new TokenDetail(id, token.Role, token.Department), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return (RevokeOutcome.Revoked, token);
    }

    /// <summary>Every token's id and whether it is active (not revoked): the tokens table is small, one row per person or department.</summary>
    public async Task<IReadOnlyDictionary<long, bool>> StatesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select id, revoked_at is null from tokens", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var states = new Dictionary<long, bool>();
        while (await reader.ReadAsync(cancellationToken)) states[reader.GetInt64(0)] = reader.GetBoolean(1);
        return states;
    }

    /// <summary>Records that the token signed a request in now; the row is written at most once a minute.</summary>
    public async Task TouchAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "update tokens set last_used_at = now() where id = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')", connection);
        command.Parameters.AddWithValue(id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private const string InfoColumns = "id, role, department, created_by, created_at, revoked_by, revoked_at, last_used_at";

    private static TokenInfo ReadInfo(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        Role = reader.GetString(1),
        Department = reader.IsDBNull(2) ? null : reader.GetString(2),
        CreatedBy = reader.GetString(3),
        CreatedAt = reader.GetFieldValue<DateTimeOffset>(4),
        RevokedBy = reader.IsDBNull(5) ? null : reader.GetString(5),
        RevokedAt = reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
        LastUsedAt = reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
    };

    private static async Task<long> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string token, string? department,
        string who, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "insert into tokens (hash, role, department, created_by) values ($1, $2, $3, $4) returning id", connection, tx);
        command.Parameters.AddWithValue(Hash(token));
        command.Parameters.AddWithValue(department is null ? TokenIdentity.Office : TokenIdentity.DepartmentRole);
        command.Parameters.AddWithValue((object?)department ?? DBNull.Value);
        command.Parameters.AddWithValue(who);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
