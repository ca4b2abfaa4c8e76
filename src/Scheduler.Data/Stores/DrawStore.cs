using Npgsql;
using NpgsqlTypes;
using Scheduler.Data.Audit;
using Scheduler.Data.Tenancy;

namespace Scheduler.Data.Stores;

/// <summary>
/// The year's draws, append-only: each stored draw is the year's next version, stored whole in one statement (a
/// failed draw stores nothing). Publishing stamps it once; a published draw's content never changes.
/// </summary>
public sealed class DrawStore(CountyDataSource dataSource)
{
    private const string Columns = "id, year, version, seed, mode, reason, register_version, rules, record, drawn_by, drawn_at, published_by, published_at";

    /// <summary>Stores a finished draw as the year's next version and returns it.</summary>
    public async Task<StoredDraw> AddAsync(int year, long seed, string mode, string? reason, int registerVersion, string rulesJson,
        string recordJson, string who, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await AdvisoryLock.TakeAsync(connection, tx, "draws", year, cancellationToken);
        StoredDraw draw;
        await using (var command = new NpgsqlCommand($"""
            insert into draws (year, version, seed, mode, reason, register_version, rules, record, drawn_by)
            select $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5, $6, $7, $8 from draws where year = $1
            returning {Columns}
            """, connection, tx))
        {
            command.Parameters.AddWithValue(year);
            command.Parameters.AddWithValue(seed);
            command.Parameters.AddWithValue(mode);
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)reason ?? DBNull.Value });
            command.Parameters.AddWithValue(registerVersion);
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = rulesJson });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = recordJson });
            command.Parameters.AddWithValue(who);
            draw = (await ReadAsync(command, cancellationToken))[0];
        }
        await AuditLog.WriteAsync(connection, tx, who, "draw stored",
            new DrawStoredDetail(year, draw.Id, draw.Version, seed), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return draw;
    }

    /// <summary>The draw with this id, or null.</summary>
    public async Task<StoredDraw?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"select {Columns} from draws where id = $1", connection);
        command.Parameters.AddWithValue(id);
        var rows = await ReadAsync(command, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>The year's draws, newest version first.</summary>
    public async Task<IReadOnlyList<StoredDraw>> ListAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"select {Columns} from draws where year = $1 order by version desc", connection);
        command.Parameters.AddWithValue(year);
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>Publishes the draw; false when it is unknown or published already (nothing changes then).</summary>
    public async Task<bool> PublishAsync(long id, string who, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(
            "update draws set published_by = $2, published_at = now() where id = $1 and published_at is null", connection, tx))
        {
            command.Parameters.AddWithValue(id);
            command.Parameters.AddWithValue(who);
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0) return false;
        }
        await AuditLog.WriteAsync(connection, tx, who, "draw published", new DrawPublishedDetail(id), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task<List<StoredDraw>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<StoredDraw>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new StoredDraw(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt64(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetInt32(6), reader.GetString(7), reader.GetString(8),
                reader.GetString(9), reader.GetFieldValue<DateTimeOffset>(10), reader.IsDBNull(11) ? null : reader.GetString(11),
                reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12)));
        }
        return rows;
    }
}
