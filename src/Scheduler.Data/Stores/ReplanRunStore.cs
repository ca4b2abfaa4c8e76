using Npgsql;
using NpgsqlTypes;
using Scheduler.Data.Audit;
using Scheduler.Data.Tenancy;

namespace Scheduler.Data.Stores;

/// <summary>
/// Replan runs: a solve run whose instance is the changed year and which replaces another run's plan from a month on
/// (its outcome is stored like any run's, by <see cref="SolveRunStore.CompleteAsync"/>).
/// </summary>
public sealed class ReplanRunStore(CountyDataSource dataSource)
{
    /// <summary>A new queued replan of run <paramref name="replaces"/> over the changed <paramref name="instanceJson"/>; returns its id.</summary>
    public async Task<long> CreateAsync(int year, string instanceJson, SolveSettings settings, ReplanInputs inputs, string who,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        long id;
        await using (var command = new NpgsqlCommand("""
            insert into solve_runs (year, state, instance, created_by, seed, work, staff, replaces, replan_from, replan_records)
            values ($1, 'queued', $2, $3, $4, $5, $6, $7, $8, $9) returning id
            """, connection, tx))
        {
            command.Parameters.AddWithValue(year);
            command.Parameters.Add(Json(instanceJson));
            command.Parameters.AddWithValue(who);
            command.Parameters.AddWithValue(settings.Seed);
            command.Parameters.AddWithValue(settings.Work);
            command.Parameters.AddWithValue(settings.Staff);
            command.Parameters.AddWithValue(inputs.Replaces);
            command.Parameters.AddWithValue(inputs.From);
            command.Parameters.Add(Json(inputs.RecordsJson));
            id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        await AuditLog.WriteAsync(connection, tx, who, "replan requested",
            new ReplanRequestedDetail(id, year, inputs.Replaces, inputs.From), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>The replan's inputs, or null when the run is not a replan (or unknown).</summary>
    public async Task<ReplanInputs?> GetInputsAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "select replaces, replan_from, replan_records::text from solve_runs where id = $1 and replaces is not null", connection);
        command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new ReplanInputs(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2));
    }

    private static NpgsqlParameter Json(string json) => new() { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = json };
}
