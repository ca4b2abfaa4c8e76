using Npgsql;
using Scheduler.Data.Tenancy;

namespace Scheduler.Data.Stores;

/// <summary>
/// Cheap "has it changed?" reads for the service's page caches (RegisterCache, DraftCache): a version number or a
/// stamp, never the JSON. Stored registers and need versions never change once saved; a draft's updated_at moves on
/// every save.
/// </summary>
public sealed class DataStamps(CountyDataSource dataSource)
{
    /// <summary>The year's current register version (the newest saved), or null when it has none.</summary>
    public async Task<int?> RegisterVersionAsync(int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select max(version) from register_versions where year = $1", connection);
        command.Parameters.AddWithValue(year);
        return await command.ExecuteScalarAsync(cancellationToken) is int version ? version : null;
    }

    /// <summary>
    /// What a department's checked draft depends on besides the register: every department's latest need version for
    /// the year, and the department's draft (when it was last saved), as one string.
    /// </summary>
    public async Task<string> NeedsStampAsync(int year, string department, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            select coalesce((select string_agg(department || ':' || latest, ',' order by department)
                             from (select department, max(version) as latest from need_submissions where year = $1 group by department) s), '')
                || '|' || coalesce((select (extract(epoch from updated_at) * 1000000)::bigint::text
                                    from need_drafts where year = $1 and department = $2), '-')
            """, connection);
        command.Parameters.AddWithValue(year);
        command.Parameters.AddWithValue(department);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
