using Npgsql;
using NpgsqlTypes;
using Scheduler.Data.Audit;
using Scheduler.Data.Tenancy;

namespace Scheduler.Data.Stores;

/// <summary>
/// Solve runs: created queued with a snapshot of the instance, started by the job, progress written back, and
/// finished once: <see cref="CompleteAsync"/> stores plan, months and figures in one statement that only a run
/// not yet final accepts, so a job that runs twice (a server killed mid-solve) stores its result exactly once.
/// </summary>
public sealed class SolveRunStore(CountyDataSource dataSource)
{
    /// <summary>The audit "what" of a run's outcome being stored.</summary>
    public const string StoredAudit = "solve stored";

    private const string Columns = """
        id, year, state, progress::text, figures::text, error, cancel_requested, plan is not null,
        coalesce(jsonb_array_length(months), 0), created_by, created_at, started_at, finished_at, attempts, seed, work, staff, replaces, replan_from, draw_id
        """;

    /// <summary>A new queued run of the year over <paramref name="instanceJson"/> with the default settings; returns its id.</summary>
    public Task<long> CreateAsync(int year, string instanceJson, string who, CancellationToken cancellationToken = default) =>
        CreateAsync(year, instanceJson, SolveSettings.Default, who, cancellationToken);

    /// <summary>A new queued run of the year over <paramref name="instanceJson"/> with its seed, work and staff mode; returns its id.</summary>
    public Task<long> CreateAsync(int year, string instanceJson, SolveSettings settings, string who, CancellationToken cancellationToken = default) =>
        CreateAsync(year, instanceJson, settings, null, who, cancellationToken);

    /// <summary>A new queued run as above, planning the instance of published draw <paramref name="drawId"/> when given.</summary>
    public async Task<long> CreateAsync(int year, string instanceJson, SolveSettings settings, long? drawId, string who, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        long id;
        await using (var command = new NpgsqlCommand(
            "insert into solve_runs (year, state, instance, created_by, seed, work, staff, draw_id) values ($1, 'queued', $2, $3, $4, $5, $6, $7) returning id", connection, tx))
        {
            command.Parameters.AddWithValue(year);
            command.Parameters.Add(Json(instanceJson));
            command.Parameters.AddWithValue(who);
            command.Parameters.AddWithValue(settings.Seed);
            command.Parameters.AddWithValue(settings.Work);
            command.Parameters.AddWithValue(settings.Staff);
            command.Parameters.Add(new NpgsqlParameter<long?> { TypedValue = drawId, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
            id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        await AuditLog.WriteAsync(connection, tx, who, "solve requested", new SolveRequestedDetail(id, year, Draw: drawId), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>
    /// A new queued run over the same instance snapshot, seed, work and staff mode as run <paramref name="id"/> (a re-run
    /// reproduces its plan); returns the new run's id, or null when there is no run <paramref name="id"/>.
    /// </summary>
    public async Task<long?> RerunAsync(long id, string who, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        long newId;
        int year;
        await using (var command = new NpgsqlCommand("""
            insert into solve_runs (year, state, instance, created_by, seed, work, staff, draw_id)
            select year, 'queued', instance, $2, seed, work, staff, draw_id from solve_runs where id = $1
            returning id, year
            """, connection, tx))
        {
            command.Parameters.AddWithValue(id);
            command.Parameters.AddWithValue(who);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)) return null;
            newId = reader.GetInt64(0);
            year = reader.GetInt32(1);
        }
        await AuditLog.WriteAsync(connection, tx, who, "solve requested", new SolveRequestedDetail(newId, year, id), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return newId;
    }

    public async Task SetJobIdAsync(long id, string jobId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("update solve_runs set job_id = $2 where id = $1", connection);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(jobId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<SolveRun?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"select {Columns} from solve_runs where id = $1", connection);
        command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return Read(reader);
    }

    /// <summary>The year's runs, newest first.</summary>
    public async Task<IReadOnlyList<SolveRun>> ListAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"select {Columns} from solve_runs where year = $1 order by id desc", connection);
        command.Parameters.AddWithValue(year);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var runs = new List<SolveRun>();
        while (await reader.ReadAsync(cancellationToken)) runs.Add(Read(reader));
        return runs;
    }

    /// <summary>The year's newest run that has a plan (succeeded, or cancelled with its best plan), or null.</summary>
    public async Task<SolveRun?> LatestWithPlanAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"select {Columns} from solve_runs where year = $1 and plan is not null order by id desc limit 1", connection);
        command.Parameters.AddWithValue(year);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static SolveRun Read(NpgsqlDataReader reader)
    {
        return new SolveRun
        {
            Id = reader.GetInt64(0),
            Year = reader.GetInt32(1),
            State = reader.GetString(2),
            ProgressJson = reader.IsDBNull(3) ? null : reader.GetString(3),
            FiguresJson = reader.IsDBNull(4) ? null : reader.GetString(4),
            Error = reader.IsDBNull(5) ? null : reader.GetString(5),
            CancelRequested = reader.GetBoolean(6),
            HasPlan = reader.GetBoolean(7),
            Months = reader.GetInt32(8),
            CreatedBy = reader.GetString(9),
            CreatedAt = reader.GetFieldValue<DateTimeOffset>(10),
            StartedAt = reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11),
            FinishedAt = reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12),
            Attempts = reader.GetInt32(13),
            Settings = new SolveSettings(reader.GetInt32(14), reader.GetDouble(15), reader.GetString(16)),
            Replaces = reader.IsDBNull(17) ? null : reader.GetInt64(17),
            ReplanFrom = reader.IsDBNull(18) ? null : reader.GetInt32(18),
            DrawId = reader.IsDBNull(19) ? null : reader.GetInt64(19),
        };
    }

    /// <summary>
    /// Marks the run running (again, when a job is retried or taken up after its server died; attempts counts them)
    /// and returns its instance; null when it is final or unknown.
    /// </summary>
    public async Task<string?> StartAsync(long id, CancellationToken cancellationToken = default) =>
        (await StartWithSettingsAsync(id, cancellationToken))?.InstanceJson;

    /// <summary>As <see cref="StartAsync"/>, with the run's seed, work and staff mode.</summary>
    public async Task<(string InstanceJson, SolveSettings Settings)?> StartWithSettingsAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            update solve_runs set state = 'running', started_at = now(), attempts = attempts + 1
            where id = $1 and state in ('queued', 'running') returning instance::text, seed, work, staff
            """, connection);
        command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return (reader.GetString(0), new SolveSettings(reader.GetInt32(1), reader.GetDouble(2), reader.GetString(3)));
    }

    public async Task ReportProgressAsync(long id, string progressJson, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("update solve_runs set progress = $2 where id = $1 and state = 'running'", connection);
        command.Parameters.AddWithValue(id);
        command.Parameters.Add(Json(progressJson));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> IsCancelRequestedAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select cancel_requested from solve_runs where id = $1", connection);
        command.Parameters.AddWithValue(id);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    /// <summary>
    /// Asks the run to stop. A queued run is cancelled at once (nothing to keep); a running one is flagged and its job
    /// stores the best plan found so far as cancelled. Returns the run's state afterwards, or null when it is unknown.
    /// </summary>
    public async Task<string?> RequestCancelAsync(long id, string who, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        string? state;
        await using (var command = new NpgsqlCommand("""
            update solve_runs set cancel_requested = true,
                state = case when state = 'queued' then 'cancelled' else state end,
                finished_at = case when state = 'queued' then now() else finished_at end
            where id = $1 returning state
            """, connection, tx))
        {
            command.Parameters.AddWithValue(id);
            state = await command.ExecuteScalarAsync(cancellationToken) as string;
        }
        if (state is null) return null;
        await AuditLog.WriteAsync(connection, tx, who, "solve cancel requested", new RunDetail(id), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return state;
    }

    /// <summary>
    /// Stores the outcome in one transaction, only while the run is not final, with a "solve stored" audit row;
    /// true when this call stored it. <paramref name="monthsJson"/> is a JSON array of monthly plans (month 1 first).
    /// </summary>
    public async Task<bool> CompleteAsync(long id, string state, string? figuresJson, string? planJson, string? monthsJson, string? error,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        int attempts;
        await using (var command = new NpgsqlCommand("""
            update solve_runs set state = $2, figures = $3, plan = $4, months = $5, error = $6, finished_at = now()
            where id = $1 and state in ('queued', 'running') returning attempts
            """, connection, tx))
        {
            command.Parameters.AddWithValue(id);
            command.Parameters.AddWithValue(state);
            command.Parameters.Add(Json(figuresJson));
            command.Parameters.Add(Json(planJson));
            command.Parameters.Add(Json(monthsJson));
            command.Parameters.AddWithValue((object?)error ?? DBNull.Value);
            if (await command.ExecuteScalarAsync(cancellationToken) is not int value) return false;
            attempts = value;
        }
        await AuditLog.WriteAsync(connection, tx, "solver", StoredAudit,
            new SolveStoredDetail(id, state, planJson is not null, attempts), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>How many "solve stored" audit rows the run has (1 once final, never more).</summary>
    public async Task<long> StoredCountAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"select count(*) from audit where what = '{StoredAudit}' and (detail ->> 'run')::bigint = $1", connection);
        command.Parameters.AddWithValue(id);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The run's annual plan as stored, or null.</summary>
    public async Task<string?> GetPlanAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select plan::text from solve_runs where id = $1", connection);
        command.Parameters.AddWithValue(id);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>The run's monthly plan of <paramref name="month"/> (1-12) as stored, or null.</summary>
    public async Task<string?> GetMonthAsync(long id, int month, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select (months -> ($2 - 1))::text from solve_runs where id = $1", connection);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(month);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>The instance the run solves, as stored.</summary>
    public async Task<string?> GetInstanceAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select instance::text from solve_runs where id = $1", connection);
        command.Parameters.AddWithValue(id);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static NpgsqlParameter Json(string? json) =>
        new() { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = (object?)json ?? DBNull.Value };
}
