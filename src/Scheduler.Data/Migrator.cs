using System.Reflection;
using Npgsql;
using Scheduler.Data.Tenancy;

namespace Scheduler.Data;

/// <summary>
/// Applies the embedded migrations in order, each once, recorded in the schema's schema_migrations: the county tables
/// (Migrations/NNNN_name.sql) in every county's schema ("public" for the installation's own county, "county_CODE" for
/// each county on the platform), the platform's tables (PlatformMigrations/) in schema "platform". Each schema is
/// migrated in one transaction under an advisory lock, so servers starting together take turns and the second finds
/// nothing left to do.
/// </summary>
public sealed class Migrator(CountyDataSource dataSource)
{
    /// <summary>Any fixed number, the same in every server: the advisory lock that serializes migrations.</summary>
    private const long LockKey = 0x5C4ED01E;

    /// <summary>The schema of the platform's own tables: counties, province tokens, targets and runs.</summary>
    public const string PlatformSchema = "platform";

    /// <summary>The county migrations shipped in this build, ordered by version.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Migrations { get; } = Load("Scheduler.Data.Migrations.");

    /// <summary>The platform migrations shipped in this build, ordered by version.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> PlatformMigrations { get; } = Load("Scheduler.Data.PlatformMigrations.");

    /// <summary>The version a county schema has once it is migrated.</summary>
    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>
    /// Migrates the installation's own county (public), the platform and every county the platform lists; returns the
    /// versions applied now to the installation's own county (empty when it was up to date).
    /// </summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var applied = await ApplyAsync("public", Migrations, cancellationToken);
        await ApplyAsync(PlatformSchema, PlatformMigrations, cancellationToken);
        await using (var connection = await dataSource.OpenConnectionAsync(PlatformSchema, cancellationToken))
        await using (var command = new NpgsqlCommand("select code from counties order by code", connection))
        {
            var codes = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken)) codes.Add(reader.GetString(0));
            }
            foreach (var code in codes) await ApplyAsync(CountyScope.SchemaOf(code), Migrations, cancellationToken);
        }
        return applied;
    }

    /// <summary>Creates the county's schema when missing and applies the county migrations to it.</summary>
    public Task<IReadOnlyList<int>> MigrateCountyAsync(string code, CancellationToken cancellationToken = default) =>
        ApplyAsync(CountyScope.SchemaOf(code), Migrations, cancellationToken);

    /// <summary>The highest version recorded in the public schema, or null when it has never been migrated.</summary>
    public async Task<int?> CurrentVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync("public", cancellationToken);
        // Two statements: a query naming a missing table fails at planning, even inside a CASE that would skip it.
        await using var exists = new NpgsqlCommand("select to_regclass('public.schema_migrations') is not null", connection);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not true) return null;
        await using var command = new NpgsqlCommand("select max(version) from public.schema_migrations", connection);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is int version ? version : null;
    }

    private async Task<IReadOnlyList<int>> ApplyAsync(string schema, IReadOnlyList<(int Version, string Name, string Sql)> migrations,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(schema, cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await Execute(connection, tx, $"select pg_advisory_xact_lock({LockKey})", cancellationToken);
        // Asked of pg_namespace with this statement's snapshot: after waiting for the lock, "create schema if not exists"
        // alone can miss the schema another server just created (its catalog cache is not refreshed by an advisory lock).
        await using (var exists = new NpgsqlCommand("select exists (select 1 from pg_namespace where nspname = $1)", connection, tx))
        {
            exists.Parameters.AddWithValue(schema);
            // The schema name comes from CountyScope.SchemaOf (a checked six-digit code) or a constant: safe to splice.
            if (await exists.ExecuteScalarAsync(cancellationToken) is not true) await Execute(connection, tx, $"create schema {schema}", cancellationToken);
        }
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
        foreach (var (version, name, sql) in migrations.Where(m => !applied.Contains(m.Version)))
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

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static List<(int, string, string)> Load(string prefix)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var list = new List<(int Version, string Name, string Sql)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var name = resource[prefix.Length..^".sql".Length];
            var version = int.Parse(name.Split('_')[0], System.Globalization.CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            list.Add((version, name, reader.ReadToEnd()));
        }
        list.Sort((a, b) => a.Version.CompareTo(b.Version));
        if (list.Count == 0) throw new InvalidOperationException($"no embedded migrations {prefix}");
        if (list.Select(m => m.Version).Distinct().Count() != list.Count) throw new InvalidOperationException("two migrations share a version");
        return list;
    }
}
