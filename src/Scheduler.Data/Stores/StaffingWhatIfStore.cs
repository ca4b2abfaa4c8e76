using Npgsql;
using NpgsqlTypes;
using Scheduler.Data.Audit;
using Scheduler.Data.Tenancy;

namespace Scheduler.Data.Stores;

/// <summary>
/// Staffing what-ifs (staffing_whatifs, migrations 0013 and 0014): created queued with an audit row, at most one queued or running
/// in a county at a time (each plans whole years); the job marks one running, stores the rows as each staff is planned,
/// and completes it once.
/// </summary>
public sealed class StaffingWhatIfStore(CountyDataSource dataSource)
{
    private const string Columns = "id, run, state, additions::text, suggested, rows::text, error, cancel_requested, created_by, created_at, started_at, finished_at, goal_percent";

    /// <summary>
    /// A new queued what-if of <paramref name="run"/>, seeking <paramref name="goalPercent"/> when given; null when another is
    /// queued or running in the county (it is not created).
    /// </summary>
    public async Task<long?> CreateAsync(long run, IReadOnlyList<string> additions, bool suggested, string who, CancellationToken cancellationToken = default,
        double? goalPercent = null)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        // One at a time per county: the lock serialises two requests racing past the check.
        await using (var lockCommand = new NpgsqlCommand("lock table staffing_whatifs in share row exclusive mode", connection, tx))
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        long? id;
        await using (var command = new NpgsqlCommand("""
            insert into staffing_whatifs (run, state, additions, suggested, created_by, goal_percent)
            select $1, 'queued', $2, $3, $4, $5
            where not exists (select 1 from staffing_whatifs where state in ('queued', 'running'))
            returning id
            """, connection, tx))
        {
            command.Parameters.AddWithValue(run);
            command.Parameters.Add(Json(StaffingWhatIfJson.Write(additions)));
            command.Parameters.AddWithValue(suggested);
            command.Parameters.AddWithValue(who);
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Double, Value = goalPercent is { } g ? g : DBNull.Value });
            id = await command.ExecuteScalarAsync(cancellationToken) as long?;
        }
        if (id is null) return null;
        await AuditLog.WriteAsync(connection, tx, who, "staffing what-if requested", new StaffingWhatIfDetail(id.Value, run, additions), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return id;
    }

    public async Task SetJobIdAsync(long id, string jobId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("update staffing_whatifs set job_id = $2 where id = $1", connection);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(jobId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Marks it running (again, when its job is retried) and returns it; null when it is final or unknown.</summary>
    public async Task<StoredStaffingWhatIf?> StartAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"""
            update staffing_whatifs set state = 'running', started_at = now()
            where id = $1 and state in ('queued', 'running') returning {Columns}
            """, connection);
        command.Parameters.AddWithValue(id);
        return await ReadOneAsync(command, cancellationToken);
    }

    /// <summary>The staffs planned so far, while it runs.</summary>
    public async Task SaveRowsAsync(long id, string rowsJson, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("update staffing_whatifs set rows = $2 where id = $1 and state = 'running'", connection);
        command.Parameters.AddWithValue(id);
        command.Parameters.Add(Json(rowsJson));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Stores the outcome once, only while it is not final; true when this call stored it.</summary>
    public async Task<bool> CompleteAsync(long id, string state, string? rowsJson, string? error, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            update staffing_whatifs set state = $2, rows = coalesce($3, rows), error = $4, finished_at = now()
            where id = $1 and state in ('queued', 'running')
            """, connection);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(state);
        command.Parameters.Add(Json(rowsJson));
        command.Parameters.AddWithValue((object?)error ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>
    /// Asks it to stop: a queued one is cancelled at once; a running one is flagged, and its job keeps the staffs planned so
    /// far. Returns the state afterwards, or null when <paramref name="id"/> is not a what-if of <paramref name="run"/>.
    /// </summary>
    public async Task<string?> RequestCancelAsync(long run, long id, string who, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        string? state;
        IReadOnlyList<string> additions = [];
        await using (var command = new NpgsqlCommand("""
            update staffing_whatifs set cancel_requested = true,
                state = case when state = 'queued' then 'cancelled' else state end,
                finished_at = case when state = 'queued' then now() else finished_at end
            where id = $1 and run = $2 returning state, additions::text
            """, connection, tx))
        {
            command.Parameters.AddWithValue(id);
            command.Parameters.AddWithValue(run);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)) return null;
            state = reader.GetString(0);
            additions = StaffingWhatIfJson.Read(reader.GetString(1));
        }
        await AuditLog.WriteAsync(connection, tx, who, "staffing what-if cancel requested", new StaffingWhatIfDetail(id, run, additions), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return state;
    }

    public async Task<bool> IsCancelRequestedAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select cancel_requested from staffing_whatifs where id = $1", connection);
        command.Parameters.AddWithValue(id);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    /// <summary>The what-if <paramref name="id"/> of run <paramref name="run"/>; null when there is none.</summary>
    public async Task<StoredStaffingWhatIf?> GetAsync(long run, long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"select {Columns} from staffing_whatifs where id = $1 and run = $2", connection);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(run);
        return await ReadOneAsync(command, cancellationToken);
    }

    /// <summary>The run's what-ifs, newest first.</summary>
    public async Task<IReadOnlyList<StoredStaffingWhatIf>> ListAsync(long run, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"select {Columns} from staffing_whatifs where run = $1 order by id desc limit 100", connection);
        command.Parameters.AddWithValue(run);
        var list = new List<StoredStaffingWhatIf>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) list.Add(Read(reader));
        return list;
    }

    private static async Task<StoredStaffingWhatIf?> ReadOneAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static StoredStaffingWhatIf Read(NpgsqlDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        Run = reader.GetInt64(1),
        State = reader.GetString(2),
        Additions = StaffingWhatIfJson.Read(reader.GetString(3)),
        Suggested = reader.GetBoolean(4),
        RowsJson = reader.IsDBNull(5) ? null : reader.GetString(5),
        Error = reader.IsDBNull(6) ? null : reader.GetString(6),
        CancelRequested = reader.GetBoolean(7),
        CreatedBy = reader.GetString(8),
        CreatedAt = reader.GetFieldValue<DateTimeOffset>(9),
        StartedAt = reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10),
        FinishedAt = reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11),
        GoalPercent = reader.IsDBNull(12) ? null : reader.GetDouble(12),
    };

    private static NpgsqlParameter Json(string? json) => new() { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = (object?)json ?? DBNull.Value };
}
