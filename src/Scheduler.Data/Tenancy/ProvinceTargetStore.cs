using Npgsql;
using NpgsqlTypes;
using Scheduler.Data.Stores;

namespace Scheduler.Data.Tenancy;

/// <summary>The province's targets, one row per plan year (platform.province_targets); every change is audited.</summary>
public sealed class ProvinceTargetStore(CountyDataSource dataSource)
{
    /// <summary>The audit "what" of targets being set.</summary>
    public const string SetAudit = "targets set";

    /// <summary>Sets the year's targets (replacing any) and returns them as stored.</summary>
    public async Task<ProvinceTargets> SetAsync(int year, double jointRate, double checksCut, DateOnly? needsDeadline, string who,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(Migrator.PlatformSchema, cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        ProvinceTargets stored;
        await using (var command = new NpgsqlCommand("""
            insert into province_targets (year, joint_rate, checks_cut, needs_deadline, set_by) values ($1, $2, $3, $4, $5)
            on conflict (year) do update set joint_rate = excluded.joint_rate, checks_cut = excluded.checks_cut,
                needs_deadline = excluded.needs_deadline, set_by = excluded.set_by, set_at = now()
            returning year, joint_rate, checks_cut, needs_deadline, set_by, set_at
            """, connection, tx))
        {
            command.Parameters.AddWithValue(year);
            command.Parameters.AddWithValue(jointRate);
            command.Parameters.AddWithValue(checksCut);
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Date, Value = needsDeadline is { } d ? d : DBNull.Value });
            command.Parameters.AddWithValue(who);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            stored = Read(reader);
        }
        await AuditLog.WriteAsync(connection, tx, who, SetAudit,
            new Audit.TargetsSetDetail(year, jointRate, checksCut, needsDeadline), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>The year's targets, or null when the province has set none.</summary>
    public async Task<ProvinceTargets?> GetAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(Migrator.PlatformSchema, cancellationToken);
        await using var command = new NpgsqlCommand(
            "select year, joint_rate, checks_cut, needs_deadline, set_by, set_at from province_targets where year = $1", connection);
        command.Parameters.AddWithValue(year);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static ProvinceTargets Read(NpgsqlDataReader reader) => new(
        reader.GetInt32(0), reader.GetDouble(1), reader.GetDouble(2),
        reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3), reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5));
}
