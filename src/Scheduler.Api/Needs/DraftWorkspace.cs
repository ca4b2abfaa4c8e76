using Scheduler.Api.Shared;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Needs;

/// <summary>
/// The department pages' working copy: loads and checks a draft (row checks in plain words, then the same validation as
/// PUT /api/years/{year}/needs on the rows that read), saves changes (audited) and submits a clean draft as the next version.
/// With a <see cref="DraftCache"/>, a draft checked once is reused until the register, a department's needs or the draft change.
/// </summary>
public sealed class DraftWorkspace(RegisterStore registers, NeedStore needs, NeedDraftStore drafts, DraftCache? cache = null)
{
    /// <summary>The checked draft, or null when the year has no register.</summary>
    public async Task<DraftState?> LoadAsync(int year, string department, CancellationToken cancellationToken)
    {
        // The key is read before the data: a change made meanwhile gives a new key, so a state is never kept under a newer key than its data.
        var key = cache is null ? null : await cache.KeyAsync(year, department, cancellationToken);
        if (key is not null && cache!.TryGet(key, out var known)) return known;
        var register = cache is null ? await registers.GetAsync(year, cancellationToken) : await cache.Registers.GetAsync(year, cancellationToken);
        if (register is null) return null;
        var latest = await needs.GetAsync(year, department, null, cancellationToken);
        var draft = await drafts.GetAsync(year, department, cancellationToken);
        var rows = draft?.Rows ?? (latest is null ? [] : DraftRows.FromNeeds(NeedsJson.Read(latest.NeedsJson)));
        var state = await CheckAsync(year, department, register, latest, draft?.BaseVersion ?? latest?.Version, draft is not null, rows, cancellationToken);
        if (key is not null) cache!.Set(key, state);
        return state;
    }

    /// <summary>Checks rows: first each cell, then the spec's rules over the rows that read (with the other departments' latest needs).</summary>
    public async Task<DraftState> CheckAsync(int year, string department, Scheduler.Domain.Model.Instance register, NeedSubmission? latest,
        int? baseVersion, bool stored, IReadOnlyList<NeedDraftRow> rows, CancellationToken cancellationToken, IReadOnlyList<int>? lines = null)
    {
        var checkedRows = NeedRowChecker.Check(rows, register, department, lines).ToList();
        var good = checkedRows.Where(r => r.Need is not null).ToList();
        var draftErrors = new List<string>();
        if (!register.Departments.Any(d => d.Id == department))
            draftErrors.Add(Ui.T($"部门 {department} 不在 {year} 年的名录中", $"department {department} is not in the register of {year}"));
        else if (good.Count > 0)
        {
            var check = await NeedSubmitter.CheckAsync(year, department, [.. good.Select(r => r.Need!)], registers, needs, cancellationToken, register);
            foreach (var error in check.Errors)
            {
                if (NeedSubmitter.NeedIndex(error) is { } index && index < good.Count)
                {
                    var row = good[index];
                    checkedRows[row.Number - 1] = row with
                    {
                        Need = null,
                        Errors = [.. row.Errors, new CellError(ColumnOf(error.Path), Ui.T("不符合规则：", "breaks a rule: ") + error.Message)],
                    };
                }
                else draftErrors.Add(error.Message);
            }
        }
        return new DraftState(year, department, register, latest, baseVersion, stored, checkedRows, draftErrors);
    }

    /// <summary>Stores the rows as the draft (need ids given to rows without one), audited as <paramref name="what"/>.</summary>
    public Task SaveAsync(DraftState state, IReadOnlyList<NeedDraftRow> rows, string who, string what, string? needId, CancellationToken cancellationToken) =>
        drafts.SaveAsync(state.Year, state.Department, state.BaseVersion, DraftRows.AssignIds(rows, state.Department), who, what,
            needId, cancellationToken: cancellationToken);

    /// <summary>Submits a clean draft as the next version (the draft then starts from it); the check's problems otherwise.</summary>
    public async Task<(IReadOnlyList<string> Errors, NeedSubmission? Submission)> SubmitAsync(DraftState state, string who, CancellationToken cancellationToken)
    {
        if (!state.Clean)
            return ([Ui.T($"草稿有 {state.BadRows} 行错误，改正或删除后才能提交", $"the draft has {state.BadRows} bad rows; fix or delete them first"), .. state.DraftErrors], null);
        var submitted = state.Rows.Select(r => r.Need!).ToList();
        var (check, submission) = await NeedSubmitter.SubmitAsync(state.Year, state.Department, submitted, who, registers, needs, cancellationToken);
        if (submission is null) return ([.. check.Errors.Select(e => e.ToString())], null);
        await drafts.SaveAsync(state.Year, state.Department, submission.Version, DraftRows.FromNeeds(submitted), who, "needs draft submitted",
            submitted: submission.Version, cancellationToken: cancellationToken);
        return ([], submission);
    }

    private static string ColumnOf(string path)
    {
        var rest = path.Contains("].", StringComparison.Ordinal) ? path[(path.IndexOf("].", StringComparison.Ordinal) + 2)..] : "";
        var field = new string([.. rest.TakeWhile(char.IsAsciiLetter)]);
        return NeedColumns.All.Any(c => c.Key == field) ? field : NeedColumns.Row;
    }
}
