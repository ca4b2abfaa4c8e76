using Npgsql;
using Scheduler.Data.Tenancy;

namespace Scheduler.Data.Stores;

/// <summary>
/// A transaction-scoped PostgreSQL advisory lock on a name and a number in the county in scope: versions of one thing are
/// numbered under it. Counties never wait for each other.
/// </summary>
public static class AdvisoryLock
{
    /// <summary>Waits for the lock on (<paramref name="name"/>, <paramref name="number"/>); it is released when <paramref name="tx"/> ends.</summary>
    public static async Task TakeAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string name, long number, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select pg_advisory_xact_lock(hashtextextended($1, $2))", connection, tx);
        command.Parameters.AddWithValue(CountyScope.Schema + ":" + name);
        command.Parameters.AddWithValue(number);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
