using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Validation;

namespace Scheduler.Domain.Draws;

/// <summary>
/// What a draw asks of a register beyond the contract (docs/draws.md): a well-formed, unique creditCode where given
/// (an enterprise's public number is keyed on it), a riskLevel A–D where given, tags that are short text.
/// Paths are the register's (<c>$.enterprises[3].creditCode</c>).
/// </summary>
public static class RegisterChecks
{
    public static IReadOnlyList<InputError> Check(Instance register)
    {
        ArgumentNullException.ThrowIfNull(register);
        var errors = new List<InputError>();
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var enterprises = register.Enterprises ?? [];
        for (var i = 0; i < enterprises.Count; i++)
        {
            if (enterprises[i] is not { } e) continue;
            var path = $"$.enterprises[{i}]";
            if (e.CreditCode is { } code)
            {
                if (CreditCode.ProblemWith(code) is { } problem)
                    errors.Add(new InputError($"{path}.creditCode", $"enterprise {e.Id}'s creditCode '{Shorten(code)}' is not a 统一社会信用代码: {problem}"));
                else if (!codes.TryAdd(code, i))
                    errors.Add(new InputError($"{path}.creditCode", $"enterprise {e.Id} has creditCode {code}, which $.enterprises[{codes[code]}] has already; a credit code names one enterprise"));
            }
            if (e.RiskLevel is { } level && !RiskLevels.IsLevel(level))
                errors.Add(new InputError($"{path}.riskLevel", $"enterprise {e.Id}'s riskLevel '{Shorten(level)}' is not one of A, B, C, D"));
            if (e.Tags is { } tags)
            {
                for (var t = 0; t < tags.Count; t++)
                {
                    var tag = tags[t];
                    if (string.IsNullOrWhiteSpace(tag))
                        errors.Add(new InputError($"{path}.tags[{t}]", $"enterprise {e.Id} has an empty tag"));
                    else if (TextLimits.Length(tag) > TextLimits.MaxIdChars || TextLimits.FindControl(tag) is not null)
                        errors.Add(new InputError($"{path}.tags[{t}]", $"enterprise {e.Id}'s tag is longer than {TextLimits.MaxIdChars} characters or holds a control character"));
                }
            }
        }
        return errors;
    }

    internal static string Shorten(string text) =>
        new([.. (text.Length <= 64 ? text : text[..64] + "…").Select(c => char.IsControl(c) ? '?' : c)]);
}
