using System.Globalization;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.Plans;

/// <summary>
/// The stable code of a planned visit, in the spirit of Zhejiang's 行政行为码: 18 characters, the county's six-digit
/// administrative division code (GB/T 2260), the plan year, a seven-digit sequence and a check character by
/// ISO 7064 MOD 11-2 (as in GB 11643), so a code read out or typed can be checked (docs/draws.md). A visit's sequence
/// is the number of its id when the id is <c>V</c> and digits (what the planners write, and what a replan keeps for a
/// kept visit), else the next numbers after the largest, in id order: the same plan always gives the same codes.
/// </summary>
public static class VisitCodes
{
    public const int Length = 18;

    /// <summary>The county when neither the instance nor its enterprises' credit codes name one.</summary>
    public const string UnknownCounty = "000000";

    public const int MaxSequence = 9_999_999;

    /// <summary>The code of sequence <paramref name="sequence"/> in the county's plan of <paramref name="year"/>.</summary>
    public static string Code(string county, int year, int sequence)
    {
        if (!IsCounty(county)) throw new ArgumentException($"'{county}' is not a six-digit division code", nameof(county));
        ArgumentOutOfRangeException.ThrowIfNotEqual(year is >= 1000 and <= 9999, true, nameof(year));
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        var first17 = string.Create(CultureInfo.InvariantCulture, $"{county}{year:D4}{sequence:D7}");
        return first17 + CheckCharacter(first17);
    }

    /// <summary>ISO 7064 MOD 11-2 over 17 digits: weights 2^(18−i) mod 11 for position i (1-based), check (12 − Σ mod 11) mod 11, 10 written X.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1) throw new ArgumentException("the check character is computed over 17 digits", nameof(first17));
        int sum = 0, weight = 1;
        for (int i = first17.Length - 1; i >= 0; i--)
        {
            weight = weight * 2 % 11;
            if (first17[i] is < '0' or > '9') throw new ArgumentException($"'{first17[i]}' is not a digit", nameof(first17));
            sum += (first17[i] - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }

    /// <summary>Why <paramref name="code"/> is not a well-formed visit code, or null when it is.</summary>
    public static string? ProblemWith(string code)
    {
        if (code.Length != Length) return $"a visit code has {Length} characters, not {code.Length}";
        for (int i = 0; i < Length - 1; i++)
            if (code[i] is < '0' or > '9') return $"character {i + 1} ('{code[i]}') is not a digit";
        char expected = CheckCharacter(code.AsSpan(0, Length - 1));
        return code[^1] == expected ? null : $"the check character is '{code[^1]}', it should be '{expected}': a character was mistyped";
    }

    public static bool IsCounty(string? county) => county is { Length: 6 } && county.All(char.IsAsciiDigit);

    /// <summary>The instance's <c>countyCode</c>; else the division most of its enterprises' credit codes name (characters 3–8); else <see cref="UnknownCounty"/>.</summary>
    public static string CountyOf(Instance instance)
    {
        if (IsCounty(instance.CountyCode)) return instance.CountyCode!;
        var named = (instance.Enterprises ?? [])
            .Select(e => e?.CreditCode is { Length: 18 } c ? c.Substring(2, 6) : null)
            .Where(IsCounty)
            .GroupBy(c => c!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return named?.Key ?? UnknownCounty;
    }

    /// <summary>Every visit's code, by visit id (the first of a duplicated id wins).</summary>
    public static IReadOnlyDictionary<string, string> For(Instance instance, AnnualPlan plan)
    {
        var county = CountyOf(instance);
        int year = instance.Year is >= 1000 and <= 9999 ? instance.Year : plan.Year is >= 1000 and <= 9999 ? plan.Year : 2000;
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<int>();
        var others = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var visit in plan.Visits ?? [])
        {
            if (visit?.Id is not { } id || codes.ContainsKey(id)) continue;
            if (Numbered(id) is { } n && used.Add(n)) codes[id] = Code(county, year, n);
            else others.Add(id);
        }
        int next = used.Count == 0 ? 0 : used.Max();
        foreach (var id in others)
        {
            if (next >= MaxSequence) break;
            if (!codes.ContainsKey(id)) codes[id] = Code(county, year, ++next);
        }
        return codes;
    }

    private static int? Numbered(string id) =>
        id.Length is > 1 and <= 8 && id[0] == 'V' && id[1] != '0' && id.AsSpan(1).ToString().All(char.IsAsciiDigit)
            ? int.Parse(id.AsSpan(1), CultureInfo.InvariantCulture) : null;
}
