namespace Scheduler.Domain.Validation;

/// <summary>Builds the id → first-row index of one list of the instance, reporting empty and repeated ids.</summary>
internal static class IdIndex
{
    /// <param name="ctx">Where errors go.</param>
    /// <param name="rows">The list (null rows are skipped; the caller reports them).</param>
    /// <param name="listPath">The list's JSON path, e.g. <c>$.needs</c>.</param>
    /// <param name="kind">The row's noun in messages, e.g. "need".</param>
    /// <param name="idOf">Reads a row's id.</param>
    public static Dictionary<string, int> Build<T>(
        ValidationContext ctx, IReadOnlyList<T?> rows, string listPath, string kind, Func<T, string?> idOf)
        where T : class
    {
        var index = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is null) continue;
            var id = idOf(row);
            if (string.IsNullOrWhiteSpace(id))
            {
                ctx.Add($"{listPath}[{i}].id", $"{listPath[2..]}[{i}]: the {kind} has no id; every {kind} needs a non-empty id");
                continue;
            }
            if (!index.TryAdd(id, i))
            {
                ctx.Add($"{listPath}[{i}].id", $"{kind} id '{id}' is used twice: {listPath}[{index[id]}] has it already");
            }
        }
        return index;
    }
}
