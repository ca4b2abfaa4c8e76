using Npgsql;
using NpgsqlTypes;
using Scheduler.Data.Audit;
using Scheduler.Data.Tenancy;

namespace Scheduler.Data.Stores;

/// <summary>
/// A run's visit records, append-only: every upload is the run's next version, written with its audit row in one
/// transaction; nothing is updated or deleted (a correction is a later version).
/// </summary>
public sealed class RecordStore(CountyDataSource dataSource)
{
    /// <summary>The audit "what" of an upload.</summary>
    public const string Audit = "records submitted";

    /// <summary>Stores <paramref name="recordsJson"/> as the run's next version and returns it.</summary>
    public async Task<int> AddAsync(long run, string? department, string recordsJson, int count, string who, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        // Serialize uploads of one run so versions are consecutive.
        await using (var lockRun = new NpgsqlCommand("select id from solve_runs where id = $1 for update", connection, tx))
        {
            lockRun.Parameters.AddWithValue(run);
            await lockRun.ExecuteScalarAsync(cancellationToken);
        }
        int version;
        await using (var command = new NpgsqlCommand("""
            insert into visit_records (run, version, department, submitted_by, records)
            select $1, coalesce(max(version), 0) + 1, $2, $3, $4 from visit_records where run = $1
            returning version
            """, connection, tx))
        {
            command.Parameters.AddWithValue(run);
            command.Parameters.AddWithValue((object?)department ?? DBNull.Value);
            command.Parameters.AddWithValue(who);
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = recordsJson });
            version = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        await AuditLog.WriteAsync(connection, tx, who, Audit, new RecordsSubmittedDetail(run, version, count, department), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return version;
    }

    /// <summary>Every version of the run's records, oldest first.</summary>
    public async Task<IReadOnlyList<RecordVersion>> ListAsync(long run, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            select run, version, department, submitted_by, submitted_at, records::text from visit_records where run = $1 order by version
            """, connection);
        command.Parameters.AddWithValue(run);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<RecordVersion>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new RecordVersion(reader.GetInt64(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5)));
        }
        return list;
    }
}
