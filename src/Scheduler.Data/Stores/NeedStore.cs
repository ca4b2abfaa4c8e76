using System.Collections.Concurrent;
using Npgsql;
using NpgsqlTypes;
using Scheduler.Data.Audit;
using Scheduler.Data.Tenancy;
using Scheduler.Domain.Model;

namespace Scheduler.Data.Stores;

/// <summary>
/// Departments' needs, append-only: every submission is a new version (1, 2, ...) of that department's needs for
/// the year, and every version stays readable. Versions of one department are numbered under an advisory lock, so
/// concurrent resubmissions each get their own.
/// </summary>
public sealed class NeedStore(CountyDataSource dataSource)
{
    /// <summary>The parsed needs of each (year, department)'s latest version seen, by version: a stored version never changes.</summary>
    private readonly ConcurrentDictionary<(string Schema, int Year, string Department), (int Version, IReadOnlyList<Need> Needs)> _parsed = new();

    /// <summary>Stores the needs as the department's next version and returns it.</summary>
    public async Task<NeedSubmission> SubmitAsync(int year, string department, IReadOnlyList<Need> needs, string who,
        CancellationToken cancellationToken = default)
    {
        var json = NeedsJson.Write(needs);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var (version, at) = await DepartmentVersions.Needs.AppendAsync(connection, tx, year, department, who, json, cancellationToken);
        var submission = new NeedSubmission(year, department, version, who, at, json);
        await AuditLog.WriteAsync(connection, tx, who, "needs submitted",
            new NeedsSubmittedDetail(year, department, submission.Version, needs.Count), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return submission;
    }

    /// <summary>One department's needs: the given version, or the latest when <paramref name="version"/> is null; null when there is none.</summary>
    public async Task<NeedSubmission?> GetAsync(int year, string department, int? version, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            select year, department, version, submitted_by, submitted_at, needs::text from need_submissions
            where year = $1 and department = $2 and ($3::integer is null or version = $3)
            order by version desc limit 1
            """, connection);
        command.Parameters.AddWithValue(year);
        command.Parameters.AddWithValue(department);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = (object?)version ?? DBNull.Value });
        var rows = await ReadAsync(command, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>The latest version of every department that submitted for the year, by department id.</summary>
    public async Task<IReadOnlyList<NeedSubmission>> LatestAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            select distinct on (department) year, department, version, submitted_by, submitted_at, needs::text
            from need_submissions where year = $1 order by department, version desc
            """, connection);
        command.Parameters.AddWithValue(year);
        return await ReadAsync(command, cancellationToken);
    }

    /// <summary>
    /// The needs of the latest version of every department that submitted for the year, except
    /// <paramref name="exceptDepartment"/>, departments in id order (as <see cref="LatestAsync"/>). One small query for
    /// the latest version numbers; a version's JSON is read and parsed only the first time it is seen.
    /// </summary>
    public async Task<IReadOnlyList<Need>> LatestNeedsAsync(int year, string? exceptDepartment, CancellationToken cancellationToken = default)
    {
        var latest = new List<(string Department, int Version)>();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(
            "select department, max(version) from need_submissions where year = $1 group by department order by department", connection))
        {
            command.Parameters.AddWithValue(year);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) latest.Add((reader.GetString(0), reader.GetInt32(1)));
        }
        var needs = new List<Need>();
        foreach (var (department, version) in latest)
        {
            if (string.Equals(department, exceptDepartment, StringComparison.Ordinal)) continue;
            if (!_parsed.TryGetValue((CountyScope.Schema, year, department), out var known) || known.Version != version)
            {
                var submission = await GetAsync(year, department, version, cancellationToken)
                                 ?? throw new InvalidOperationException($"{department}'s version {version} of {year} vanished");
                known = (version, NeedsJson.Read(submission.NeedsJson));
                _parsed.AddOrUpdate((CountyScope.Schema, year, department), known, (_, old) => old.Version > version ? old : known);
            }
            needs.AddRange(known.Needs);
        }
        return needs;
    }

    /// <summary>Every version number one department has for the year, ascending.</summary>
    public async Task<IReadOnlyList<int>> VersionsAsync(int year, string department, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "select version from need_submissions where year = $1 and department = $2 order by version", connection);
        command.Parameters.AddWithValue(year);
        command.Parameters.AddWithValue(department);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new List<int>();
        while (await reader.ReadAsync(cancellationToken)) versions.Add(reader.GetInt32(0));
        return versions;
    }

    private static async Task<List<NeedSubmission>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<NeedSubmission>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new NeedSubmission(reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5)));
        }
        return rows;
    }
}
