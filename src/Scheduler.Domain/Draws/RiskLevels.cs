using Scheduler.Domain.Model;

namespace Scheduler.Domain.Draws;

/// <summary>
/// The four credit-risk levels of draws (A lowest risk … D highest) and their mapping to and from the contract's
/// three colours: A ↔ green, B and C ↔ yellow, D ↔ red. A register that only has colours says, in its rules, which
/// level yellow stands for (B by default).
/// </summary>
public static class RiskLevels
{
    public const string A = "A";
    public const string B = "B";
    public const string C = "C";
    public const string D = "D";

    public static readonly IReadOnlyList<string> All = [A, B, C, D];

    public static bool IsLevel(string? level) => level is A or B or C or D;

    /// <summary>The colour a level belongs to: A green, B and C yellow, D red.</summary>
    public static string Colour(string level) => level switch
    {
        A => CreditTiers.Green,
        B or C => CreditTiers.Yellow,
        _ => CreditTiers.Red,
    };

    /// <summary>The default level of each colour when an enterprise has no riskLevel: green A, yellow B, red D.</summary>
    public static IReadOnlyDictionary<string, string> DefaultByColour { get; } = new Dictionary<string, string>
    {
        [CreditTiers.Green] = A,
        [CreditTiers.Yellow] = B,
        [CreditTiers.Red] = D,
    };

    /// <summary>An enterprise's level: its own riskLevel, else its colour's level under <paramref name="byColour"/>.</summary>
    public static string Of(Enterprise enterprise, IReadOnlyDictionary<string, string>? byColour)
    {
        if (IsLevel(enterprise.RiskLevel)) return enterprise.RiskLevel!;
        var map = byColour ?? DefaultByColour;
        return map.TryGetValue(enterprise.CreditTier ?? "", out var level) && IsLevel(level)
            ? level
            : DefaultByColour.GetValueOrDefault(enterprise.CreditTier ?? "", B);
    }
}
