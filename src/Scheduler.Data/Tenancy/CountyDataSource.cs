using Npgsql;

namespace Scheduler.Data.Tenancy;

/// <summary>
/// The stores' connections: from the one shared pool (<see cref="Root"/>), each opened with the search path of the
/// county in scope (<see cref="CountyScope"/>), so every unqualified table name is that county's. One pool for every
/// county keeps the connection budget what it was (docs/deploy.md): a county costs a schema, not connections.
/// </summary>
public sealed class CountyDataSource(NpgsqlDataSource root)
{
    /// <summary>The shared data source: the platform's own tables (schema "platform") are queried through it, qualified.</summary>
    public NpgsqlDataSource Root => root;

    /// <summary>An open connection whose search path is the county in scope.</summary>
    public Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        OpenConnectionAsync(CountyScope.Schema, cancellationToken);

    /// <summary>An open connection whose search path is <paramref name="schema"/> (a county's, or "public").</summary>
    public async Task<NpgsqlConnection> OpenConnectionAsync(string schema, CancellationToken cancellationToken)
    {
        var connection = await root.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("select set_config('search_path', $1, false)", connection);
            command.Parameters.AddWithValue(schema);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
