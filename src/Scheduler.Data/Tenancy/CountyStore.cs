using Npgsql;
using Scheduler.Data.Audit;
using Scheduler.Data.Stores;

namespace Scheduler.Data.Tenancy;

/// <summary>
/// The counties the platform hosts (platform.counties). Adding one records it and creates its schema with every county
/// migration; the known codes are kept in memory and re-read when a code is not among them, so the county route costs
/// no query once a county is known.
/// </summary>
public sealed class CountyStore(CountyDataSource dataSource, Migrator migrator)
{
    private volatile HashSet<string> _known = [];
    private volatile Dictionary<string, string> _names = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds the county and creates its tables; false when the code is already taken. A taken code still gets its
    /// migrations (they are recorded, so this is a lookup when the schema is whole): a county whose row was stored but
    /// whose schema was not (the process died between the two) is mended by asking again.
    /// </summary>
    public async Task<bool> AddAsync(string code, string name, string who, CancellationToken cancellationToken = default)
    {
        if (!CountyScope.IsCode(code)) throw new ArgumentException($"'{code}' is not a county code (six digits)", nameof(code));
        await using (var connection = await dataSource.OpenConnectionAsync(Migrator.PlatformSchema, cancellationToken))
        await using (var tx = await connection.BeginTransactionAsync(cancellationToken))
        {
            await using (var insert = new NpgsqlCommand(
                "insert into counties (code, name, created_by) values ($1, $2, $3) on conflict (code) do nothing", connection, tx))
            {
                insert.Parameters.AddWithValue(code);
                insert.Parameters.AddWithValue(name);
                insert.Parameters.AddWithValue(who);
                if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    await tx.RollbackAsync(cancellationToken);
                    await migrator.MigrateCountyAsync(code, cancellationToken);
                    return false;
                }
            }
            await AuditLog.WriteAsync(connection, tx, who, "county created", new CountyCreatedDetail(code, name), cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }
        await migrator.MigrateCountyAsync(code, cancellationToken);
        _known = [.. _known, code];
        return true;
    }

    /// <summary>Every county, by code.</summary>
    public async Task<IReadOnlyList<County>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(Migrator.PlatformSchema, cancellationToken);
        await using var command = new NpgsqlCommand("select code, name, created_at from counties order by code", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counties = new List<County>();
        while (await reader.ReadAsync(cancellationToken)) counties.Add(new County(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2)));
        _known = [.. counties.Select(c => c.Code)];
        _names = counties.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        return counties;
    }

    /// <summary>The county's name, or null when the platform does not host it (a query only for a code not seen before).</summary>
    public async Task<string?> NameAsync(string code, CancellationToken cancellationToken = default)
    {
        if (_names.TryGetValue(code, out var name)) return name;
        if (!CountyScope.IsCode(code)) return null;
        return (await ListAsync(cancellationToken)).FirstOrDefault(c => c.Code == code)?.Name;
    }

    /// <summary>True when the platform hosts the county (a query only for a code not seen before).</summary>
    public async Task<bool> ExistsAsync(string code, CancellationToken cancellationToken = default)
    {
        if (_known.Contains(code)) return true;
        if (!CountyScope.IsCode(code)) return false;
        return (await ListAsync(cancellationToken)).Any(c => c.Code == code);
    }
}
