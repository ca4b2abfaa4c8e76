using Npgsql;
using Scheduler.Data.Tenancy;

namespace Scheduler.Data.Stores;

/// <summary>Reads the audit table (rows are written by the other stores, in the transaction of the write).</summary>
public sealed class AuditStore(CountyDataSource dataSource)
{
    /// <summary>The latest rows, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> LatestAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select who, what, detail::text, at from audit order by id desc limit $1", connection);
        command.Parameters.AddWithValue(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new AuditEntry(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3)));
        }
        return rows;
    }
}
