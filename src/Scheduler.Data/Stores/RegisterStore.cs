using System.Collections.Concurrent;
using Npgsql;
using NpgsqlTypes;
using Scheduler.Data.Audit;
using Scheduler.Data.Tenancy;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;

namespace Scheduler.Data.Stores;

/// <summary>
/// The register of each plan year: the instance without its needs. Every save is kept as a new version (1, 2, ...)
/// with who saved it and when; the newest is the current register (years.register), the one solves use.
/// </summary>
public sealed class RegisterStore(CountyDataSource dataSource)
{
    /// <summary>Each year's newest register version seen, parsed: a saved version never changes.</summary>
    private readonly ConcurrentDictionary<(string Schema, int Year), (int Version, Instance Register)> _current = new();

    /// <summary>
    /// Saves the register as the year's next version and makes it current; returns the version. Saves of one year
    /// take turns on the year's row lock, so concurrent saves each get their own version number.
    /// </summary>
    public async Task<RegisterVersion> SaveVersionAsync(int year, Instance register, string who, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var saved = await AppendAsync(connection, tx, year, register, who, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>
    /// Saves the register as the year's next version only while <paramref name="basedOn"/> is still the current one (the
    /// register it was made from); null, nothing saved, when another version was saved since.
    /// </summary>
    public async Task<RegisterVersion?> SaveVersionIfCurrentAsync(int year, Instance register, int basedOn, string who, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockYear = new NpgsqlCommand("select 1 from years where year = $1 for update", connection, tx))
        {
            lockYear.Parameters.AddWithValue(year);
            await lockYear.ExecuteScalarAsync(cancellationToken);
        }
        await using (var latest = new NpgsqlCommand("select max(version) from register_versions where year = $1", connection, tx))
        {
            latest.Parameters.AddWithValue(year);
            if (await latest.ExecuteScalarAsync(cancellationToken) is not int current || current != basedOn) return null;
        }
        var saved = await AppendAsync(connection, tx, year, register, who, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>
    /// Keeps an uploaded register file (<paramref name="register"/> null: it was not valid, with <paramref name="errors"/>
    /// problems) and, when it was valid, saves its register as the year's next version: one transaction, so either both
    /// are stored or neither is.
    /// </summary>
    public async Task<RegisterImported> ImportAsync(int year, string fileName, byte[] content, Instance? register, int errors, string who,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var upload = await RegisterUploadStore.InsertAsync(connection, tx, year, fileName, content, register is not null, errors, who, cancellationToken);
        var saved = register is null ? null : await AppendAsync(connection, tx, year, register, who, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new RegisterImported(upload, saved);
    }

    /// <summary>Writes the register (its needs dropped) to years.register and as the next version, audited, inside <paramref name="tx"/>.</summary>
    private static async Task<RegisterVersion> AppendAsync(NpgsqlConnection connection, NpgsqlTransaction tx, int year, Instance register, string who,
        CancellationToken cancellationToken)
    {
        var json = ContractJson.Write(register with { Needs = [] });
        await using (var command = new NpgsqlCommand("""
            insert into years (year, register, updated_by) values ($1, $2, $3)
            on conflict (year) do update set register = excluded.register, updated_by = excluded.updated_by, updated_at = now()
            """, connection, tx))
        {
            command.Parameters.AddWithValue(year);
            command.Parameters.Add(Jsonb(json));
            command.Parameters.AddWithValue(who);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        RegisterVersion saved;
        await using (var command = new NpgsqlCommand("""
            insert into register_versions (year, version, register, saved_by)
            select $1, coalesce(max(version), 0) + 1, $2, $3 from register_versions where year = $1
            returning version, saved_at
            """, connection, tx))
        {
            command.Parameters.AddWithValue(year);
            command.Parameters.Add(Jsonb(json));
            command.Parameters.AddWithValue(who);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            saved = new RegisterVersion(year, reader.GetInt32(0), who, reader.GetFieldValue<DateTimeOffset>(1));
        }
        await AuditLog.WriteAsync(connection, tx, who, "register saved", new RegisterSavedDetail(year, saved.Version), cancellationToken);
        return saved;
    }

    /// <summary>The year's current register, or null when the office has not saved one.</summary>
    /// <remarks>
    /// The current register is the newest saved version (saved in the same transaction as years.register): one small query
    /// for its number, and the register is read and parsed only when that version is new to this store.
    /// </remarks>
    public async Task<Instance?> GetAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var latest = new NpgsqlCommand("select max(version) from register_versions where year = $1", connection))
        {
            latest.Parameters.AddWithValue(year);
            if (await latest.ExecuteScalarAsync(cancellationToken) is int version)
            {
                if (_current.TryGetValue((CountyScope.Schema, year), out var known) && known.Version == version) return known.Register;
                if (await GetAsync(year, version, cancellationToken) is { } saved)
                {
                    _current.AddOrUpdate((CountyScope.Schema, year), (version, saved.Register), (_, old) => old.Version > version ? old : (version, saved.Register));
                    return saved.Register;
                }
            }
        }
        // A register without versions (saved before versions were kept): read as it is.
        await using var command = new NpgsqlCommand("select register::text from years where year = $1", connection);
        command.Parameters.AddWithValue(year);
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? Read(year, json) : null;
    }

    /// <summary>One version of the year's register (the current one when <paramref name="version"/> is null), or null when there is none.</summary>
    public async Task<SavedRegister?> GetAsync(int year, int? version, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            select version, saved_by, saved_at, register::text from register_versions
            where year = $1 and ($2::integer is null or version = $2)
            order by version desc limit 1
            """, connection);
        command.Parameters.AddWithValue(year);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = (object?)version ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        var info = new RegisterVersion(year, reader.GetInt32(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2));
        return new SavedRegister(info, Read(year, reader.GetString(3)));
    }

    /// <summary>Every saved version of the year's register, oldest first (empty when the year has none).</summary>
    public async Task<IReadOnlyList<RegisterVersion>> VersionsAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "select version, saved_by, saved_at from register_versions where year = $1 order by version", connection);
        command.Parameters.AddWithValue(year);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new List<RegisterVersion>();
        while (await reader.ReadAsync(cancellationToken))
            versions.Add(new RegisterVersion(year, reader.GetInt32(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2)));
        return versions;
    }

    /// <summary>Whether the office has saved a register for the year.</summary>
    public async Task<bool> ExistsAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select exists (select 1 from years where year = $1)", connection);
        command.Parameters.AddWithValue(year);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    /// <summary>Whether the current register of some year lists the department.</summary>
    public async Task<bool> HasDepartmentAsync(string department, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "select exists (select 1 from years where register -> 'departments' @> jsonb_build_array(jsonb_build_object('id', $1::text)))", connection);
        command.Parameters.AddWithValue(department);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    /// <summary>The years that have a register, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select year from years order by year desc", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var years = new List<int>();
        while (await reader.ReadAsync(cancellationToken)) years.Add(reader.GetInt32(0));
        return years;
    }

    private static Instance Read(int year, string json)
    {
        var result = ContractJson.ReadInstance(json);
        return result.Value ?? throw new InvalidOperationException($"the stored register of {year} does not read back: {string.Join("; ", result.Errors)}");
    }

    private static NpgsqlParameter Jsonb(string json) => new() { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = json };
}
