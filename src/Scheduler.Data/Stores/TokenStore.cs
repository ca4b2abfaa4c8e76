using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Scheduler.Data.Stores;

/// <summary>Bearer tokens: random, shown once when issued, stored only as their SHA-256 hash.</summary>
public sealed class TokenStore(NpgsqlDataSource dataSource)
{
    /// <summary>Issues a new token for the office (<paramref name="department"/> null) or a department, and returns its text.</summary>
    public async Task<string> IssueAsync(string? department, string who, CancellationToken cancellationToken = default)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var id = await InsertAsync(connection, tx, token, department, who, cancellationToken);
        await AuditLog.WriteAsync(connection, tx, who, "token issued",
            $"{{\"id\":{id},\"role\":\"{(department is null ? TokenIdentity.Office : TokenIdentity.DepartmentRole)}\",\"department\":{System.Text.Json.JsonSerializer.Serialize(department)}}}",
            cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return token;
    }

    /// <summary>Stores <paramref name="token"/> as the office's first token when the database has no office token yet; true when it did.</summary>
    public async Task<bool> SeedOfficeAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("select pg_advisory_xact_lock(hashtextextended('tokens:seed', 0))", connection, tx))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var any = new NpgsqlCommand("select exists (select 1 from tokens where role = 'office')", connection, tx))
        {
            if ((bool)(await any.ExecuteScalarAsync(cancellationToken))!) return false;
        }
        var id = await InsertAsync(connection, tx, token, null, "configuration", cancellationToken);
        await AuditLog.WriteAsync(connection, tx, "configuration", "office token seeded", $"{{\"id\":{id}}}", cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Who the token stands for, or null when it is unknown.</summary>
    public async Task<TokenIdentity?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("select id, role, department from tokens where hash = $1");
        command.Parameters.AddWithValue(Hash(token));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new TokenIdentity(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

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
