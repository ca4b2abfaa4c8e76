using System.Reflection;
using Npgsql;

namespace Scheduler.Data;

/// <summary>
/// Applies the embedded Migrations/NNNN_name.sql files in order, each once, recorded in schema_migrations.
/// All of it runs in one transaction under an advisory lock, so servers starting together take turns and
/// the second finds nothing left to do.
/// </summary>
public sealed class Migrator(NpgsqlDataSource dataSource)
{
    /// <summary>Any fixed number, the same in every server: the advisory lock that serializes migrations.</summary>
    private const long LockKey = 0x5C4ED01E;

    private const string Prefix = "Scheduler.Data.Migrations.";

    /// <summary>The migrations shipped in this build, ordered by version.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Migrations { get; } = Load();

    /// <summary>The version the database has once <see cref="MigrateAsync"/> succeeded.</summary>
    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>Applies what is missing; returns the versions applied now (empty when the database was up to date).</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await Execute(connection, tx, $"select pg_advisory_xact_lock({LockKey})", cancellationToken);
        await Execute(connection, tx, """
            create table if not exists schema_migrations (
                version     integer primary key,
                name        text not null,
                applied_at  timestamptz not null default now())
            """, cancellationToken);

        var applied = new HashSet<int>();
        await using (var read = new NpgsqlCommand("select version from schema_migrations", connection, tx))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) applied.Add(reader.GetInt32(0));
        }

        var now = new List<int>();
        foreach (var (version, name, sql) in Migrations.Where(m => !applied.Contains(m.Version)))
        {
            await Execute(connection, tx, sql, cancellationToken);
            await using var record = new NpgsqlCommand("insert into schema_migrations (version, name) values ($1, $2)", connection, tx);
            record.Parameters.AddWithValue(version);
            record.Parameters.AddWithValue(name);
            await record.ExecuteNonQueryAsync(cancellationToken);
            now.Add(version);
        }
        await tx.CommitAsync(cancellationToken);
        return now;
    }

    /// <summary>The highest version recorded in the database, or null when it has never been migrated.</summary>
    public async Task<int?> CurrentVersionAsync(CancellationToken cancellationToken = default)
    {
        // Two statements: a query naming a missing table fails at planning, even inside a CASE that would skip it.
        await using var exists = dataSource.CreateCommand("select to_regclass('schema_migrations') is not null");
        if (await exists.ExecuteScalarAsync(cancellationToken) is not true) return null;
        await using var command = dataSource.CreateCommand("select max(version) from schema_migrations");
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is int version ? version : null;
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<(int, string, string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var list = new List<(int Version, string Name, string Sql)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..^".sql".Length];
            var version = int.Parse(name.Split('_')[0], System.Globalization.CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            list.Add((version, name, reader.ReadToEnd()));
        }
        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        if (list.Count == 0) throw new InvalidOperationException("no embedded migrations");
        if (list.Select(m => m.Version).Distinct().Count() != list.Count) throw new InvalidOperationException("two migrations share a version");
        return list;
    }
}
