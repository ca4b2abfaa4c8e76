using System.Text.Json;
using Scheduler.Data.Stores;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Needs;

/// <summary>One department's submission state for a year: its latest version (null: not submitted) and how many needs it holds.</summary>
public sealed record SubmissionRow(string Department, string Name, bool InRegister, NeedSubmission? Latest, int Needs)
{
    /// <summary>Every department of the register, in its order, then any department that submitted without being in it.</summary>
    public static IReadOnlyList<SubmissionRow> For(Instance register, IReadOnlyList<NeedSubmission> latest)
    {
        var byDepartment = latest.ToDictionary(s => s.Department, StringComparer.Ordinal);
        var rows = register.Departments
            .Select(d => new SubmissionRow(d.Id, d.Name, true, byDepartment.GetValueOrDefault(d.Id), Count(byDepartment.GetValueOrDefault(d.Id))))
            .ToList();
        var known = register.Departments.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        rows.AddRange(latest.Where(s => !known.Contains(s.Department)).Select(s => new SubmissionRow(s.Department, s.Department, false, s, Count(s))));
        return rows;
    }

    private static int Count(NeedSubmission? submission)
    {
        if (submission is null) return 0;
        using var document = JsonDocument.Parse(submission.NeedsJson);
        return document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.GetArrayLength() : 0;
    }
}
