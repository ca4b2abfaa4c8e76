namespace Scheduler.Domain.Draws;

/// <summary>
/// The 统一社会信用代码 of GB 32100-2015: 18 characters from the 31 of <see cref="Alphabet"/> (no I, O, S, V, Z):
/// registration authority (1), kind of body (1), administrative division (6), organisation code (9, GB 11714 with
/// its own check character 0–9 or X), and a check character over the first 17.
/// </summary>
public static class CreditCode
{
    public const int Length = 18;

    /// <summary>The code's characters; a character's value is its index.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>Weights of positions 1–17: 3^(i−1) mod 31.</summary>
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Weights of GB 11714's eight body characters.</summary>
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>The 18th character for the first 17: 31 − (Σ value × weight mod 31), 31 written as 0.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17) throw new ArgumentException("the check character is computed over 17 characters", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i]);
            if (value < 0) throw new ArgumentException($"'{first17[i]}' is not a credit-code character", nameof(first17));
            sum += value * Weights[i];
        }
        return Alphabet[(31 - sum % 31) % 31];
    }

    /// <summary>GB 11714's check character for an organisation code's eight body characters (digits and A–Z): 11 − (Σ mod 11), 10 → X, 11 → 0.</summary>
    public static char OrganisationCheckCharacter(ReadOnlySpan<char> body8)
    {
        if (body8.Length != 8) throw new ArgumentException("an organisation code has eight body characters", nameof(body8));
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body8[i];
            var value = c is >= '0' and <= '9' ? c - '0' : c is >= 'A' and <= 'Z' ? c - 'A' + 10 : throw new ArgumentException($"'{c}' is not an organisation-code character", nameof(body8));
            sum += value * OrganisationWeights[i];
        }
        var check = 11 - sum % 11;
        return check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
    }

    /// <summary>Why <paramref name="code"/> is not a well-formed credit code, or null when it is (length, characters, check character).</summary>
    public static string? ProblemWith(string? code)
    {
        if (code is null) return "it is null";
        if (code.Length != Length) return $"it has {code.Length} characters; a credit code has {Length}";
        for (var i = 0; i < Length; i++)
        {
            if (Alphabet.IndexOf(code[i]) < 0) return $"character {i + 1} '{code[i]}' is not one of {Alphabet}";
        }
        var check = CheckCharacter(code.AsSpan(0, 17));
        return code[17] == check ? null : $"its check character is '{code[17]}', the first 17 characters give '{check}'";
    }
}
