using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Scheduler.Data.Audit;
using Scheduler.Data.Stores;

namespace Scheduler.Data.Tenancy;

/// <summary>
/// Province runs (platform.province_runs, a row per county in platform.province_run_counties). A run is created running
/// with every county queued; each county's job moves its row on (<see cref="BeginCountyAsync"/>,
/// <see cref="AttachSolveAsync"/>, <see cref="FinishCountyAsync"/>). The closing step writes the summary exactly once:
/// every finish locks the run row, updates its county and, when no county is queued or running any more and the run is
/// not closed, closes it, in one transaction; so of any number of counties finishing at once exactly one call closes
/// the run. At most one run of a year is running (a partial unique index): a second start is refused.
/// </summary>
public sealed class ProvinceRunStore(CountyDataSource dataSource)
{
    public const string StartedAudit = "province run started";
    public const string CancelledAudit = "province run cancelled";
    public const string RerunAudit = "province run rerun";
    public const string ClosedAudit = "province run closed";

    private const string CountyColumns = "county, state, attempt, solve_run, job_id, error, started_at, finished_at, worker";

    /// <summary>
    /// A new running run of the year with a queued row per county; null when a run of the year is still running. A run of
    /// no county is closed at once.
    /// </summary>
    public async Task<long?> CreateAsync(int year, IReadOnlyList<string> counties, string who, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        long id;
        try
        {
            await using var insert = new NpgsqlCommand(
                "insert into province_runs (year, state, created_by) values ($1, 'running', $2) returning id", connection, tx);
            insert.Parameters.AddWithValue(year);
            insert.Parameters.AddWithValue(who);
            id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return null;
        }
        await using (var rows = new NpgsqlCommand(
            "insert into province_run_counties (run, county, state) select $1, c, 'queued' from unnest($2::text[]) c", connection, tx))
        {
            rows.Parameters.AddWithValue(id);
            rows.Parameters.AddWithValue(counties.ToArray());
            await rows.ExecuteNonQueryAsync(cancellationToken);
        }
        await AuditLog.WriteAsync(connection, tx, who, StartedAudit, new ProvinceRunDetail(id, year, counties), cancellationToken);
        if (counties.Count == 0) await CloseIfDoneAsync(connection, tx, id, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>Records the Hangfire job of a county's attempt.</summary>
    public async Task SetJobAsync(long run, string county, int attempt, string jobId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "update province_run_counties set job_id = $4 where run = $1 and county = $2 and attempt = $3", connection);
        command.Parameters.AddWithValue(run);
        command.Parameters.AddWithValue(county);
        command.Parameters.AddWithValue(attempt);
        command.Parameters.AddWithValue(jobId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// A county's job starting (or starting again, re-delivered after its worker died): the row running on
    /// <paramref name="worker"/>, returned with the solve run already attached, if any. Null when the attempt is not
    /// queued or running any more (cancelled, finished, or superseded by a re-run): the job has nothing to do.
    /// </summary>
    public async Task<ProvinceRunCounty?> BeginCountyAsync(long run, string county, int attempt, string worker, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"""
            update province_run_counties set state = 'running', started_at = coalesce(started_at, now()), worker = $4
            where run = $1 and county = $2 and attempt = $3 and state in ('queued', 'running')
            returning {CountyColumns}
            """, connection);
        command.Parameters.AddWithValue(run);
        command.Parameters.AddWithValue(county);
        command.Parameters.AddWithValue(attempt);
        command.Parameters.AddWithValue(worker);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadCounty(reader) : null;
    }

    /// <summary>
    /// Attaches the county's solve run to its running attempt, unless one is attached already; returns the solve run the
    /// attempt has afterwards (<paramref name="solveRun"/>, or the one attached first), or null when the attempt is no
    /// longer running (cancelled meanwhile).
    /// </summary>
    public async Task<long?> AttachSolveAsync(long run, string county, int attempt, long solveRun, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            with attached as (
                update province_run_counties set solve_run = $4
                where run = $1 and county = $2 and attempt = $3 and state = 'running' and solve_run is null
                returning solve_run)
            select solve_run from attached
            union all
            select solve_run from province_run_counties
            where run = $1 and county = $2 and attempt = $3 and state = 'running' and not exists (select 1 from attached)
            """, connection);
        command.Parameters.AddWithValue(run);
        command.Parameters.AddWithValue(county);
        command.Parameters.AddWithValue(attempt);
        command.Parameters.AddWithValue(solveRun);
        return await command.ExecuteScalarAsync(cancellationToken) is long attached ? attached : null;
    }

    /// <summary>
    /// The closing step. A county's attempt finished (<paramref name="state"/> succeeded or failed, with its error): in one
    /// transaction, under the run row's lock, its row is updated (only while it is queued or running: a cancelled county
    /// stays cancelled) and, when no county is queued or running any more and the run is not closed, the run is closed:
    /// state, closed_at and the summary. True when this call closed the run; exactly one call ever does.
    /// </summary>
    public async Task<bool> FinishCountyAsync(long run, string county, int attempt, string state, string? error,
        CancellationToken cancellationToken = default)
    {
        if (state is not (SolveStates.Succeeded or SolveStates.Failed))
            throw new ArgumentException($"a county finishes succeeded or failed, not {state}", nameof(state));
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        if (!await LockAsync(connection, tx, run, cancellationToken)) return false;
        await using (var update = new NpgsqlCommand("""
            update province_run_counties set state = $4, error = $5, finished_at = now()
            where run = $1 and county = $2 and attempt = $3 and state in ('queued', 'running')
            """, connection, tx))
        {
            update.Parameters.AddWithValue(run);
            update.Parameters.AddWithValue(county);
            update.Parameters.AddWithValue(attempt);
            update.Parameters.AddWithValue(state);
            update.Parameters.AddWithValue((object?)error ?? DBNull.Value);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
        var closed = await CloseIfDoneAsync(connection, tx, run, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return closed;
    }

    /// <summary>
    /// Cancels the run: every queued or running county cancelled, the run cancelled and closed (its summary written with
    /// what finished). Returns the counties it stopped (their jobs and solve runs, for the caller to delete and cancel),
    /// empty when the run was closed already; null when there is no such run.
    /// </summary>
    public async Task<IReadOnlyList<ProvinceCountyStop>?> CancelAsync(long run, string who, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        if (!await LockAsync(connection, tx, run, cancellationToken)) return null;
        var stopped = new List<ProvinceCountyStop>();
        await using (var update = new NpgsqlCommand("""
            with old as (select county, state, job_id, solve_run from province_run_counties
                         where run = $1 and state in ('queued', 'running') for update)
            update province_run_counties c set state = 'cancelled', finished_at = now()
            from old where c.run = $1 and c.county = old.county
            returning old.county, old.state, old.job_id, old.solve_run
            """, connection, tx))
        {
            update.Parameters.AddWithValue(run);
            await using var reader = await update.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                stopped.Add(new ProvinceCountyStop(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetInt64(3)));
        }
        int year;
        await using (var mark = new NpgsqlCommand("""
            update province_runs set state = case when closed_at is null then 'cancelled' else state end,
                cancelled_by = case when closed_at is null then $2 else cancelled_by end,
                cancelled_at = case when closed_at is null then now() else cancelled_at end
            where id = $1 returning year
            """, connection, tx))
        {
            mark.Parameters.AddWithValue(run);
            mark.Parameters.AddWithValue(who);
            year = (int)(await mark.ExecuteScalarAsync(cancellationToken))!;
        }
        await CloseIfDoneAsync(connection, tx, run, cancellationToken);
        await AuditLog.WriteAsync(connection, tx, who, CancelledAudit, new ProvinceRunDetail(run, year, [.. stopped.Select(s => s.Code)]), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return stopped;
    }

    /// <summary>
    /// Re-runs the run's failed counties: each queued again with its attempt + 1 (error, solve run and job cleared), the
    /// run running and open again. Null when there is no such run; <see cref="ProvinceRerun.Conflict"/> when another run
    /// of the year is running (nothing changed).
    /// </summary>
    public async Task<ProvinceRerun?> RerunFailedAsync(long run, string who, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        if (!await LockAsync(connection, tx, run, cancellationToken)) return null;
        var requeued = new List<ProvinceRunCounty>();
        await using (var update = new NpgsqlCommand($"""
            update province_run_counties set state = 'queued', attempt = attempt + 1, error = null, solve_run = null, job_id = null,
                started_at = null, finished_at = null, worker = null
            where run = $1 and state = 'failed' returning {CountyColumns}
            """, connection, tx))
        {
            update.Parameters.AddWithValue(run);
            await using var reader = await update.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) requeued.Add(ReadCounty(reader));
        }
        if (requeued.Count == 0) return new ProvinceRerun(false, []);
        int year;
        try
        {
            await using var reopen = new NpgsqlCommand(
                "update province_runs set state = 'running', closed_at = null, summary = null, cancelled_by = null, cancelled_at = null where id = $1 returning year",
                connection, tx);
            reopen.Parameters.AddWithValue(run);
            year = (int)(await reopen.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return new ProvinceRerun(true, []);
        }
        await AuditLog.WriteAsync(connection, tx, who, RerunAudit, new ProvinceRunDetail(run, year, [.. requeued.Select(c => c.Code)]), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new ProvinceRerun(false, requeued);
    }

    /// <summary>The run with its counties (by code), or null.</summary>
    public async Task<ProvinceRun?> GetAsync(long run, CancellationToken cancellationToken = default) =>
        (await ReadRunsAsync("where id = $1", new NpgsqlParameter<long> { TypedValue = run }, cancellationToken)).SingleOrDefault();

    /// <summary>The year's runs, newest first, each with its counties.</summary>
    public Task<IReadOnlyList<ProvinceRun>> ListAsync(int year, CancellationToken cancellationToken = default) =>
        ReadRunsAsync("where year = $1", new NpgsqlParameter<int> { TypedValue = year }, cancellationToken);

    /// <summary>How many times the run was closed by its closing step (the audit's count: 1 once closed, never more without a re-run).</summary>
    public async Task<long> ClosedCountAsync(long run, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"select count(*) from audit where what = '{ClosedAudit}' and (detail ->> 'run')::bigint = $1", connection);
        command.Parameters.AddWithValue(run);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Locks the run row for the transaction; false when there is no such run.</summary>
    private static async Task<bool> LockAsync(NpgsqlConnection connection, NpgsqlTransaction tx, long run, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select 1 from province_runs where id = $1 for update", connection, tx);
        command.Parameters.AddWithValue(run);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>
    /// With the run row locked: closes the run when it is open and none of its counties is queued or running. Its state
    /// becomes succeeded when every county succeeded, else failed; a cancelled run stays cancelled. The summary reads each
    /// county's solve run's stored figures from the county's schema.
    /// </summary>
    private static async Task<bool> CloseIfDoneAsync(NpgsqlConnection connection, NpgsqlTransaction tx, long run, CancellationToken cancellationToken)
    {
        string state;
        await using (var head = new NpgsqlCommand("select state from province_runs where id = $1 and closed_at is null", connection, tx))
        {
            head.Parameters.AddWithValue(run);
            if (await head.ExecuteScalarAsync(cancellationToken) is not string open) return false;
            state = open;
        }
        var counties = await ReadCountiesAsync(connection, tx, [run], cancellationToken);
        var rows = counties.TryGetValue(run, out var list) ? list : [];
        if (rows.Any(c => !SolveStates.IsFinal(c.State))) return false;

        var figures = await ReadFiguresAsync(connection, tx, rows, cancellationToken);
        var summaries = rows.Select(c => Summarize(c, figures.GetValueOrDefault(c.Code))).ToList();
        var summary = new ProvinceRunSummary(summaries, ProvinceRunTotals.Of(summaries));
        var final = state == SolveStates.Cancelled ? SolveStates.Cancelled
            : rows.All(c => c.State == SolveStates.Succeeded) ? SolveStates.Succeeded : SolveStates.Failed;
        await using (var close = new NpgsqlCommand(
            "update province_runs set state = $2, closed_at = now(), summary = $3 where id = $1 and closed_at is null", connection, tx))
        {
            close.Parameters.AddWithValue(run);
            close.Parameters.AddWithValue(final);
            close.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb,
                Value = JsonSerializer.Serialize(summary, ProvinceRunJson.Default.ProvinceRunSummary) });
            if (await close.ExecuteNonQueryAsync(cancellationToken) != 1) return false;
        }
        await AuditLog.WriteAsync(connection, tx, "solver", ClosedAudit, new ProvinceRunClosedDetail(run, final), cancellationToken);
        return true;
    }

    /// <summary>Each county's solve run's stored figures (raw JSON), read from the county's schema in one batch.</summary>
    private static async Task<Dictionary<string, string>> ReadFiguresAsync(NpgsqlConnection connection, NpgsqlTransaction tx,
        IReadOnlyList<ProvinceRunCounty> rows, CancellationToken cancellationToken)
    {
        var solved = rows.Where(c => c.SolveRun is not null).ToList();
        var figures = new Dictionary<string, string>(StringComparer.Ordinal);
        if (solved.Count == 0) return figures;
        await using var batch = new NpgsqlBatch(connection, tx);
        foreach (var county in solved)
        {
            var command = new NpgsqlBatchCommand($"select figures::text from {CountyScope.SchemaOf(county.Code)}.solve_runs where id = $1");
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = county.SolveRun!.Value });
            batch.BatchCommands.Add(command);
        }
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        foreach (var county in solved)
        {
            if (await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0)) figures[county.Code] = reader.GetString(0);
            await reader.NextResultAsync(cancellationToken);
        }
        return figures;
    }

    private static ProvinceRunCountySummary Summarize(ProvinceRunCounty county, string? figuresJson)
    {
        if (figuresJson is null || county.State != SolveStates.Succeeded)
            return new(county.Code, county.State, county.Attempt, county.SolveRun, null, null, null, null, null, null, county.Error, null);
        using var document = JsonDocument.Parse(figuresJson);
        var f = document.RootElement;
        return new(county.Code, county.State, county.Attempt, county.SolveRun, Int(f, "visits"), Int(f, "unassigned"), Int(f, "unscheduled"),
            Int(f, "separateVisits"), Int(f, "saved"), f.TryGetProperty("jointRate", out var rate) && rate.ValueKind == JsonValueKind.Number ? rate.GetDouble() : null,
            county.Error, f.Clone());
    }

    private static int? Int(JsonElement figures, string name) =>
        figures.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    private async Task<IReadOnlyList<ProvinceRun>> ReadRunsAsync(string where, NpgsqlParameter key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var runs = new List<ProvinceRun>();
        await using (var command = new NpgsqlCommand($"""
            select id, year, state, created_by, created_at, closed_at, cancelled_by, cancelled_at, summary::text
            from province_runs {where} order by id desc
            """, connection))
        {
            command.Parameters.Add(key);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                runs.Add(new ProvinceRun(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3),
                    reader.GetFieldValue<DateTimeOffset>(4), Nullable(reader, 5), reader.IsDBNull(6) ? null : reader.GetString(6), Nullable(reader, 7),
                    reader.IsDBNull(8) ? null : JsonSerializer.Deserialize(reader.GetString(8), ProvinceRunJson.Default.ProvinceRunSummary), []));
        }
        if (runs.Count == 0) return runs;
        var counties = await ReadCountiesAsync(connection, null, [.. runs.Select(r => r.Id)], cancellationToken);
        return [.. runs.Select(r => r with { Counties = counties.TryGetValue(r.Id, out var list) ? list : [] })];
    }

    private static async Task<Dictionary<long, List<ProvinceRunCounty>>> ReadCountiesAsync(NpgsqlConnection connection, NpgsqlTransaction? tx,
        long[] runs, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"select run, {CountyColumns} from province_run_counties where run = any($1) order by run, county", connection, tx);
        command.Parameters.AddWithValue(runs);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counties = new Dictionary<long, List<ProvinceRunCounty>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var run = reader.GetInt64(0);
            if (!counties.TryGetValue(run, out var list)) counties[run] = list = [];
            list.Add(ReadCounty(reader, 1));
        }
        return counties;
    }

    private static ProvinceRunCounty ReadCounty(NpgsqlDataReader reader, int at = 0) => new(
        reader.GetString(at), reader.GetString(at + 1), reader.GetInt32(at + 2), reader.IsDBNull(at + 3) ? null : reader.GetInt64(at + 3),
        reader.IsDBNull(at + 4) ? null : reader.GetString(at + 4), reader.IsDBNull(at + 5) ? null : reader.GetString(at + 5),
        Nullable(reader, at + 6), Nullable(reader, at + 7), reader.IsDBNull(at + 8) ? null : reader.GetString(at + 8));

    private static DateTimeOffset? Nullable(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateTimeOffset>(ordinal);

    private Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        dataSource.OpenConnectionAsync(Migrator.PlatformSchema, cancellationToken);
}
