using Npgsql;
using NpgsqlTypes;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;

namespace Scheduler.Data.Stores;

/// <summary>The register of each plan year: the instance without its needs, one row a year.</summary>
public sealed class RegisterStore(NpgsqlDataSource dataSource)
{
    /// <summary>Creates or replaces the year's register (its needs, if any, are dropped: departments submit those).</summary>
    public async Task SaveAsync(int year, Instance register, string who, CancellationToken cancellationToken = default)
    {
        var json = ContractJson.Write(register with { Needs = [] });
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("""
            insert into years (year, register, updated_by) values ($1, $2, $3)
            on conflict (year) do update set register = excluded.register, updated_by = excluded.updated_by, updated_at = now()
            """, connection, tx))
        {
            command.Parameters.AddWithValue(year);
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = json });
            command.Parameters.AddWithValue(who);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await AuditLog.WriteAsync(connection, tx, who, "register saved", $"{{\"year\":{year}}}", cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>The year's register, or null when the office has not saved one.</summary>
    public async Task<Instance?> GetAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("select register::text from years where year = $1");
        command.Parameters.AddWithValue(year);
        if (await command.ExecuteScalarAsync(cancellationToken) is not string json) return null;
        var result = ContractJson.ReadInstance(json);
        return result.Value ?? throw new InvalidOperationException($"the stored register of {year} does not read back: {string.Join("; ", result.Errors)}");
    }

    /// <summary>The years that have a register, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("select year from years order by year desc");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var years = new List<int>();
        while (await reader.ReadAsync(cancellationToken)) years.Add(reader.GetInt32(0));
        return years;
    }
}
