using Npgsql;
using Scheduler.Data.Tenancy;

namespace Scheduler.Data.Stores;

/// <summary>
/// The register files the office uploaded, each kept with its bytes, name, who and when, valid or not (written by
/// <see cref="RegisterStore.ImportAsync"/> in the transaction that saves a valid file's register).
/// </summary>
public sealed class RegisterUploadStore(CountyDataSource dataSource)
{
    /// <summary>Keeps the file inside <paramref name="tx"/>; returns its id (<see cref="RegisterStore.ImportAsync"/> saves it with the register).</summary>
    internal static async Task<long> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction tx, int year, string fileName, byte[] content,
        bool accepted, int errors, string who, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            insert into register_uploads (year, file_name, content, accepted, errors, uploaded_by)
            values ($1, $2, $3, $4, $5, $6) returning id
            """, connection, tx);
        command.Parameters.AddWithValue(year);
        command.Parameters.AddWithValue(fileName);
        command.Parameters.AddWithValue(content);
        command.Parameters.AddWithValue(accepted);
        command.Parameters.AddWithValue(errors);
        command.Parameters.AddWithValue(who);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The year's uploads, newest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<RegisterUpload>> ListAsync(int year, int limit = 20, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            select id, year, file_name, octet_length(content), accepted, errors, uploaded_by, uploaded_at
            from register_uploads where year = $1 order by id desc limit $2
            """, connection);
        command.Parameters.AddWithValue(year);
        command.Parameters.AddWithValue(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<RegisterUpload>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new RegisterUpload(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3), reader.GetBoolean(4),
                reader.GetInt32(5), reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7)));
        }
        return list;
    }

    /// <summary>One upload's name and bytes, or null.</summary>
    public async Task<(string FileName, byte[] Content)?> GetContentAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select file_name, content from register_uploads where id = $1", connection);
        command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return (reader.GetString(0), reader.GetFieldValue<byte[]>(1));
    }
}
