using System.Net.Sockets;
using Npgsql;
using Scheduler.Api.Hosting;

namespace Scheduler.Api.Tests.Hosting;

/// <summary>Which database faults are a 503, and which of them may be replayed because nothing was committed.</summary>
public sealed class DatabaseFaultsTests
{
    private static PostgresException Pg(string state) => new("fault", "ERROR", "ERROR", state);

    [Theory]
    [InlineData(PostgresErrorCodes.AdminShutdown, true, false)]
    [InlineData(PostgresErrorCodes.SerializationFailure, true, true)]
    [InlineData(PostgresErrorCodes.DeadlockDetected, true, true)]
    [InlineData(PostgresErrorCodes.CannotConnectNow, true, true)]
    [InlineData(PostgresErrorCodes.TooManyConnections, true, true)]
    [InlineData(PostgresErrorCodes.QueryCanceled, true, false)]
    [InlineData(PostgresErrorCodes.UniqueViolation, false, false)]
    [InlineData(PostgresErrorCodes.UntranslatableCharacter, false, false)]
    public void Classify_SaysUnavailableAndReplayable_ByPostgresState(string state, bool unavailable, bool replayable)
    {
        Assert.Equal(unavailable, DatabaseFaults.IsUnavailable(Pg(state)));
        Assert.Equal(replayable, DatabaseFaults.NothingCommitted(Pg(state)));
    }

    [Fact]
    public void Classify_SaysUnavailableAndReplayable_WhenTheConnectionIsRefused()
    {
        var refused = new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));
        Assert.True(DatabaseFaults.IsUnavailable(refused));
        Assert.True(DatabaseFaults.NothingCommitted(refused));
    }

    [Fact]
    public void Classify_SaysUnavailableButNotReplayable_WhenACommandTimesOut()
    {
        var timeout = new NpgsqlException("Exception while reading from stream", new TimeoutException());
        Assert.True(DatabaseFaults.IsUnavailable(timeout));
        Assert.False(DatabaseFaults.NothingCommitted(timeout));
    }

    [Fact]
    public void Classify_SaysUnstorableText_WhenPostgresRefusesANul()
    {
        Assert.True(DatabaseFaults.IsUnstorableText(Pg(PostgresErrorCodes.UntranslatableCharacter)));
        Assert.False(DatabaseFaults.IsUnavailable(new InvalidOperationException("a bug")));
    }
}
