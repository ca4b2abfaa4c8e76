using Scheduler.Api.Shared;
using Scheduler.Data.Stores;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Tokens;

/// <summary>
/// One token as the tokens page lists it: whom it is for (the department's name from the newest register that lists it,
/// or the county office), and whether it is the office's last active token (which is never revoked).
/// </summary>
public sealed record TokenRow(TokenInfo Token, string HolderName, bool InNewestRegister, bool LastOfficeToken)
{
    /// <summary>The option value of the issue form that stands for the office (a department id is never "office": see TokenIdentity).</summary>
    public const string OfficeChoice = TokenIdentity.Office;

    /// <summary>Newest token first; <paramref name="registers"/> newest year first (the first one names the departments).</summary>
    public static IReadOnlyList<TokenRow> For(IReadOnlyList<TokenInfo> tokens, IReadOnlyList<Instance> registers)
    {
        var activeOffice = tokens.Count(t => t.Role == TokenIdentity.Office && !t.Revoked);
        var newest = registers.Count > 0 ? registers[0].Departments.Select(d => d.Id).ToHashSet(StringComparer.Ordinal) : [];
        return [.. tokens.OrderByDescending(t => t.Id).Select(t => new TokenRow(t,
            t.Department is { } id ? NameOf(id, registers) ?? id : Ui.T("县综合执法办", "County office"),
            t.Department is null || newest.Contains(t.Department),
            t.Role == TokenIdentity.Office && !t.Revoked && activeOffice == 1))];
    }

    /// <summary>The department's name in the newest register that lists it; null when none does.</summary>
    public static string? NameOf(string department, IReadOnlyList<Instance> registers) =>
        registers.SelectMany(r => r.Departments).FirstOrDefault(d => d.Id == department)?.Name;

    /// <summary>"市场监管局（SCJG）", "县综合执法办（office）".</summary>
    public string Holder => Ui.T($"{HolderName}（{Token.Department ?? TokenIdentity.Office}）", $"{HolderName} ({Token.Department ?? TokenIdentity.Office})");

    /// <summary>active or revoked: the row's data-state.</summary>
    public string State => Token.Revoked ? "revoked" : "active";
}
