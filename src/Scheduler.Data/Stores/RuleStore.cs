using Npgsql;
using NpgsqlTypes;
using Scheduler.Data.Audit;
using Scheduler.Data.Tenancy;

namespace Scheduler.Data.Stores;

/// <summary>
/// Departments' sampling rules, append-only: every submission is a new version (1, 2, ...) of that department's rules
/// for the year, and every version stays readable. Versions of one department are numbered under an advisory lock.
/// </summary>
public sealed class RuleStore(CountyDataSource dataSource)
{
    /// <summary>Stores the rules text as the department's next version and returns it.</summary>
    public async Task<RuleVersion> SubmitAsync(int year, string department, string rulesJson, int ruleCount, string who,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var (version, at) = await DepartmentVersions.Rules.AppendAsync(connection, tx, year, department, who, rulesJson, cancellationToken);
        var saved = new RuleVersion(year, department, version, who, at, rulesJson);
        await AuditLog.WriteAsync(connection, tx, who, "rules submitted",
            new RulesSubmittedDetail(year, department, saved.Version, ruleCount), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>Keeps an uploaded rules workbook as sent, with how many problems its cells had; returns its id.</summary>
    public async Task<long> AddUploadAsync(int year, string department, string fileName, byte[] content, int errors, string who,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        long id;
        await using (var command = new NpgsqlCommand("""
            insert into rule_uploads (year, department, file_name, content, errors, uploaded_by) values ($1, $2, $3, $4, $5, $6) returning id
            """, connection, tx))
        {
            command.Parameters.AddWithValue(year);
            command.Parameters.AddWithValue(department);
            command.Parameters.AddWithValue(fileName);
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea, Value = content });
            command.Parameters.AddWithValue(errors);
            command.Parameters.AddWithValue(who);
            id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        await AuditLog.WriteAsync(connection, tx, who, "rules file uploaded",
            new RulesFileDetail(year, department, id, fileName, content.Length, errors), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>One department's rules: the given version, or the latest when <paramref name="version"/> is null; null when there is none.</summary>
    public async Task<RuleVersion?> GetAsync(int year, string department, int? version, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            select year, department, version, saved_by, saved_at, rules from rule_versions
            where year = $1 and department = $2 and ($3::integer is null or version = $3)
            order by version desc limit 1
            """, connection);
        command.Parameters.AddWithValue(year);
        command.Parameters.AddWithValue(department);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = (object?)version ?? DBNull.Value });
        var rows = await ReadAsync(command, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>The latest version of every department that submitted rules for the year, by department id.</summary>
    public async Task<IReadOnlyList<RuleVersion>> LatestAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            select distinct on (department) year, department, version, saved_by, saved_at, rules
            from rule_versions where year = $1 order by department, version desc
            """, connection);
        command.Parameters.AddWithValue(year);
        return await ReadAsync(command, cancellationToken);
    }

    private static async Task<List<RuleVersion>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<RuleVersion>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new RuleVersion(reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5)));
        }
        return rows;
    }
}
