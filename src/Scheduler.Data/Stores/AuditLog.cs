using Npgsql;
using NpgsqlTypes;
using Scheduler.Data.Audit;

namespace Scheduler.Data.Stores;

/// <summary>Writes an audit row inside the caller's transaction, so a write and its attribution commit together.</summary>
internal static class AuditLog
{
    public static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string who, string what,
        AuditDetail detail, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("insert into audit (who, what, detail) values ($1, $2, $3)", connection, tx);
        command.Parameters.AddWithValue(who);
        command.Parameters.AddWithValue(what);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = AuditJson.Write(detail) });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
