using Npgsql;
using NpgsqlTypes;
using Scheduler.Data.Audit;
using Scheduler.Data.Tenancy;

namespace Scheduler.Data.Stores;

/// <summary>
/// Departments' working copies of their needs (one draft per year and department) and every needs file they
/// uploaded. Every change is audited in the transaction that makes it; uploaded bytes are never deleted.
/// </summary>
public sealed class NeedDraftStore(CountyDataSource dataSource)
{
    public const string UploadPreviewed = "previewed";
    public const string UploadApplied = "applied";
    public const string UploadDiscarded = "discarded";

    /// <summary>The stored draft, or null when the department has not changed anything since its last submission.</summary>
    public async Task<NeedDraft?> GetAsync(int year, string department, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "select base_version, rows::text, updated_by, updated_at from need_drafts where year = $1 and department = $2", connection);
        command.Parameters.AddWithValue(year);
        command.Parameters.AddWithValue(department);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new NeedDraft(year, department, reader.IsDBNull(0) ? null : reader.GetInt32(0), DraftJson.Read(reader.GetString(1)),
            reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3));
    }

    /// <summary>
    /// Stores the draft's rows (creating it when missing), audited as <paramref name="what"/> with the need it concerned
    /// (<paramref name="need"/>) or the version just submitted (<paramref name="submitted"/>), when given.
    /// </summary>
    public async Task SaveAsync(int year, string department, int? baseVersion, IReadOnlyList<NeedDraftRow> rows, string who, string what,
        string? need = null, int? submitted = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await UpsertAsync(connection, tx, year, department, baseVersion, rows, who, cancellationToken);
        await AuditLog.WriteAsync(connection, tx, who, what, new NeedDraftDetail(year, department, rows.Count, need, submitted), cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>Keeps an uploaded file as it came; returns its id.</summary>
    public async Task<long> AddUploadAsync(int year, string department, string fileName, string? contentType, byte[] content, string who,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        long id;
        await using (var command = new NpgsqlCommand("""
            insert into need_uploads (year, department, file_name, content_type, content, uploaded_by)
            values ($1, $2, $3, $4, $5, $6) returning id
            """, connection, tx))
        {
            command.Parameters.AddWithValue(year);
            command.Parameters.AddWithValue(department);
            command.Parameters.AddWithValue(fileName);
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)contentType ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bytea, Value = content });
            command.Parameters.AddWithValue(who);
            id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        await AuditLog.WriteAsync(connection, tx, who, "needs file uploaded",
            new NeedsFileDetail(year, department, id, fileName, content.Length), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>One uploaded file, or null.</summary>
    public async Task<NeedUpload?> GetUploadAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            select id, year, department, file_name, content_type, content, uploaded_by, uploaded_at, state from need_uploads where id = $1
            """, connection);
        command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new NeedUpload(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetFieldValue<byte[]>(5), reader.GetString(6),
            reader.GetFieldValue<DateTimeOffset>(7), reader.GetString(8));
    }

    /// <summary>Replaces the draft with an upload's rows and marks the upload applied, in one transaction; false when it was no longer previewed.</summary>
    public async Task<bool> ApplyUploadAsync(long uploadId, int? baseVersion, IReadOnlyList<NeedDraftRow> rows, string who,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var upload = await MarkAsync(connection, tx, uploadId, UploadApplied, cancellationToken);
        if (upload is null) return false;
        await UpsertAsync(connection, tx, upload.Value.Year, upload.Value.Department, baseVersion, rows, who, cancellationToken);
        await AuditLog.WriteAsync(connection, tx, who, "needs draft replaced by upload",
            new NeedDraftDetail(upload.Value.Year, upload.Value.Department, rows.Count, Upload: uploadId), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Marks a previewed upload discarded (its bytes stay); false when it was no longer previewed.</summary>
    public async Task<bool> DiscardUploadAsync(long uploadId, string who, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var upload = await MarkAsync(connection, tx, uploadId, UploadDiscarded, cancellationToken);
        if (upload is null) return false;
        await AuditLog.WriteAsync(connection, tx, who, "needs upload discarded",
            new NeedDraftDetail(upload.Value.Year, upload.Value.Department, 0, Upload: uploadId), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task<(int Year, string Department)?> MarkAsync(NpgsqlConnection connection, NpgsqlTransaction tx, long id, string state,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "update need_uploads set state = $2 where id = $1 and state = 'previewed' returning year, department", connection, tx);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(state);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return (reader.GetInt32(0), reader.GetString(1));
    }

    private static async Task UpsertAsync(NpgsqlConnection connection, NpgsqlTransaction tx, int year, string department, int? baseVersion,
        IReadOnlyList<NeedDraftRow> rows, string who, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            insert into need_drafts (year, department, base_version, rows, updated_by) values ($1, $2, $3, $4, $5)
            on conflict (year, department) do update
            set base_version = excluded.base_version, rows = excluded.rows, updated_by = excluded.updated_by, updated_at = now()
            """, connection, tx);
        command.Parameters.AddWithValue(year);
        command.Parameters.AddWithValue(department);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = (object?)baseVersion ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = DraftJson.Write(rows) });
        command.Parameters.AddWithValue(who);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
