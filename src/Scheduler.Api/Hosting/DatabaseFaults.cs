using System.Net.Sockets;
using Npgsql;

namespace Scheduler.Api.Hosting;

/// <summary>
/// Which exceptions mean "the database is unavailable or refused this transaction for now" (answered 503 with
/// Retry-After, never 500), and which of those certainly left nothing committed (so the request may be replayed).
/// </summary>
public static class DatabaseFaults
{
    /// <summary>PostgreSQL states that are the server's trouble, not the request's: shutdown, too many connections, out of resources, lost connection, conflicts.</summary>
    private static readonly string[] UnavailableStates =
    [
        PostgresErrorCodes.AdminShutdown, PostgresErrorCodes.CrashShutdown, PostgresErrorCodes.CannotConnectNow,
        PostgresErrorCodes.TooManyConnections, PostgresErrorCodes.SerializationFailure, PostgresErrorCodes.DeadlockDetected,
        PostgresErrorCodes.LockNotAvailable, PostgresErrorCodes.QueryCanceled, PostgresErrorCodes.DiskFull,
        PostgresErrorCodes.OutOfMemory, PostgresErrorCodes.InsufficientResources, PostgresErrorCodes.ReadOnlySqlTransaction,
    ];

    /// <summary>The exception (or one it wraps) says the database cannot serve the request now.</summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    return pg.IsTransient || UnavailableStates.Contains(pg.SqlState) || pg.SqlState.StartsWith("08", StringComparison.Ordinal);
                case NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException or TimeoutException or IOException:
                    return true;
                case SocketException or TimeoutException:
                    return true;
                case InvalidOperationException when e.Source == "Npgsql" && e.Message.Contains("connection", StringComparison.OrdinalIgnoreCase):
                    return true; // e.g. the pool exhausted within the connection timeout
            }
        }
        return false;
    }

    /// <summary>
    /// True when the fault certainly committed nothing, so replaying the request cannot store anything twice: the
    /// transaction was rolled back by the server (serialization failure, deadlock) or no connection was ever opened.
    /// </summary>
    public static bool NothingCommitted(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException pg)
            {
                return pg.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected
                    or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections;
            }
            if (e is NpgsqlException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostUnreachable or SocketError.NetworkUnreachable } })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>PostgreSQL refused text it cannot store (NUL: 22P05 in jsonb, 22021 in text): the request's fault, a 400.</summary>
    public static bool IsUnstorableText(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.UntranslatableCharacter or PostgresErrorCodes.CharacterNotInRepertoire }) return true;
        }
        return false;
    }
}
