using Npgsql;
using NpgsqlTypes;

namespace Scheduler.Data.Stores;

/// <summary>
/// A department's versioned document for a year (its needs, its sampling rules): the next version of (year, department)
/// is inserted under the department's advisory lock, so concurrent submissions each get their own number.
/// </summary>
/// <param name="LockName">The advisory lock's name, with ":" and the department.</param>
/// <param name="Table">The table, with columns year, department, version, <paramref name="ByColumn"/>, <paramref name="AtColumn"/> (defaulted) and <paramref name="TextColumn"/>.</param>
internal sealed record DepartmentVersions(string Table, string ByColumn, string AtColumn, string TextColumn, string LockName)
{
    public static readonly DepartmentVersions Needs = new("need_submissions", "submitted_by", "submitted_at", "needs", "needs");
    public static readonly DepartmentVersions Rules = new("rule_versions", "saved_by", "saved_at", "rules", "rules");

    /// <summary>Inserts <paramref name="text"/> as the department's next version inside <paramref name="tx"/>; returns its number and time.</summary>
    public async Task<(int Version, DateTimeOffset At)> AppendAsync(NpgsqlConnection connection, NpgsqlTransaction tx, int year, string department,
        string who, string text, CancellationToken cancellationToken)
    {
        await AdvisoryLock.TakeAsync(connection, tx, LockName + ":" + department, year, cancellationToken);
        await using var command = new NpgsqlCommand($"""
            insert into {Table} (year, department, version, {ByColumn}, {TextColumn})
            select $1, $2, coalesce(max(version), 0) + 1, $3, $4 from {Table} where year = $1 and department = $2
            returning version, {AtColumn}
            """, connection, tx);
        command.Parameters.AddWithValue(year);
        command.Parameters.AddWithValue(department);
        command.Parameters.AddWithValue(who);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.GetFieldValue<DateTimeOffset>(1));
    }
}
