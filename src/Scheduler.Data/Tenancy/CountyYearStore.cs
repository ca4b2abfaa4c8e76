using System.Collections.Concurrent;
using Npgsql;
using Scheduler.Data.Stores;

namespace Scheduler.Data.Tenancy;

/// <summary>
/// The province's read of many counties' plan years at once: small read-only queries on each county's schema
/// (qualified by <see cref="CountyScope.SchemaOf"/>, which checks the code), all counties in one batch on one
/// connection, so ninety counties cost one round trip, not ninety. Nothing is parsed but the run's small figures (and the
/// rows of its newest finished staffing what-if); a
/// register's size (enterprises, department ids) is read once per saved version and kept, since a saved version never
/// changes and reading a large register's JSON is the only costly part.
/// </summary>
public sealed class CountyYearStore(CountyDataSource dataSource)
{
    private readonly ConcurrentDictionary<(string Code, int Year), (int Version, int Enterprises, IReadOnlyList<string> Departments)> _registers = new();

    /// <summary>Each county's year, in the order of <paramref name="codes"/>.</summary>
    public async Task<IReadOnlyList<CountyYear>> ReadAsync(int year, IReadOnlyList<string> codes, CancellationToken cancellationToken = default)
    {
        if (codes.Count == 0) return [];
        await using var connection = await dataSource.OpenConnectionAsync(Migrator.PlatformSchema, cancellationToken);
        var heads = new (int? Version, long? RunId, string? Figures, string? WhatIf, double? Goal)[codes.Count];
        var submissions = new List<DepartmentFirstSubmission>[codes.Count];
        await using (var batch = new NpgsqlBatch(connection))
        {
            foreach (var code in codes)
            {
                var schema = CountyScope.SchemaOf(code);
                batch.BatchCommands.Add(Command($"""
                    select v.version, r.id, r.figures::text, w.rows::text, w.goal_percent
                    from (select max(version) as version from {schema}.register_versions where year = $1) v
                    left join lateral (select id, figures from {schema}.solve_runs where year = $1 and state = 'succeeded'
                                       order by id desc limit 1) r on true
                    left join lateral (select rows, goal_percent from {schema}.staffing_whatifs where run = r.id and state = 'succeeded'
                                       order by id desc limit 1) w on true
                    """, year));
                batch.BatchCommands.Add(Command(
                    $"select department, min(submitted_at) from {schema}.need_submissions where year = $1 group by department order by department", year));
            }
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            for (var i = 0; i < codes.Count; i++)
            {
                await reader.ReadAsync(cancellationToken);
                heads[i] = (reader.IsDBNull(0) ? null : reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt64(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetDouble(4));
                await reader.NextResultAsync(cancellationToken);
                submissions[i] = [];
                while (await reader.ReadAsync(cancellationToken))
                    submissions[i].Add(new DepartmentFirstSubmission(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1)));
                await reader.NextResultAsync(cancellationToken);
            }
        }
        await ReadRegistersAsync(connection, year, [.. codes.Select((code, i) => (code, heads[i].Version))], cancellationToken);
        var years = new List<CountyYear>(codes.Count);
        for (var i = 0; i < codes.Count; i++)
        {
            var (version, runId, figures, whatIf, goal) = heads[i];
            var register = version is { } v && _registers.TryGetValue((codes[i], year), out var known) && known.Version == v ? known : default;
            years.Add(new CountyYear(codes[i], version, version is null ? null : register.Enterprises, register.Departments ?? [], runId, figures, submissions[i], whatIf, goal));
        }
        return years;
    }

    /// <summary>The years any of the counties has a register for, or the province has targets for, newest first.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(IReadOnlyList<string> codes, CancellationToken cancellationToken = default)
    {
        var sql = string.Join(" union ", codes.Select(c => $"select year from {CountyScope.SchemaOf(c)}.years")
            .Prepend("select year from province_targets"));
        await using var connection = await dataSource.OpenConnectionAsync(Migrator.PlatformSchema, cancellationToken);
        await using var command = new NpgsqlCommand($"select year from ({sql}) y order by year desc", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var years = new List<int>();
        while (await reader.ReadAsync(cancellationToken)) years.Add(reader.GetInt32(0));
        return years;
    }

    /// <summary>Reads the size of every register version not yet known (one batch), and keeps it.</summary>
    private async Task ReadRegistersAsync(NpgsqlConnection connection, int year, IReadOnlyList<(string Code, int? Version)> wanted,
        CancellationToken cancellationToken)
    {
        var missing = wanted.Where(w => w.Version is { } v && !(_registers.TryGetValue((w.Code, year), out var known) && known.Version == v)).ToList();
        if (missing.Count == 0) return;
        await using var batch = new NpgsqlBatch(connection);
        foreach (var (code, version) in missing)
        {
            var command = Command($"""
                select jsonb_array_length(register -> 'enterprises'),
                       array(select d ->> 'id' from jsonb_array_elements(register -> 'departments') d)
                from {CountyScope.SchemaOf(code)}.register_versions where year = $1 and version = $2
                """, year);
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = version!.Value });
            batch.BatchCommands.Add(command);
        }
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        foreach (var (code, version) in missing)
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                var shape = (version!.Value, reader.GetInt32(0), (IReadOnlyList<string>)reader.GetFieldValue<string[]>(1));
                _registers.AddOrUpdate((code, year), shape, (_, old) => old.Version > shape.Item1 ? old : shape);
            }
            await reader.NextResultAsync(cancellationToken);
        }
    }

    private static NpgsqlBatchCommand Command(string sql, int year)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = year });
        return command;
    }
}
