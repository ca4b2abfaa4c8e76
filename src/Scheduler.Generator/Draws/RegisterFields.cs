using Scheduler.Domain.Draws;
using Scheduler.Domain.Model;

namespace Scheduler.Generator.Draws;

/// <summary>
/// Gives generated enterprises what draws need (docs/draws.md): a 统一社会信用代码 of 象山县 (330225) with both check
/// characters, a risk level consistent with the colour (green A, yellow B or C, red D), and tags by industry (重点监管,
/// 重点排污单位, 危化品, 冷链). Its own random stream, so the rest of the county is the same with or without them.
/// </summary>
internal static class RegisterFields
{
    public const string Watched = "重点监管";
    public const string Polluter = "重点排污单位";
    public const string Hazardous = "危化品";
    public const string ColdChain = "冷链";

    private const string Division = "330225";

    /// <summary>Characters of an organisation code's body that are also credit-code characters.</summary>
    private const string BodyCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public static IReadOnlyList<Enterprise> Fill(IReadOnlyList<Enterprise> enterprises, Random random)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var filled = new Enterprise[enterprises.Count];
        for (var e = 0; e < enterprises.Count; e++)
        {
            var enterprise = enterprises[e];
            var level = enterprise.CreditTier switch
            {
                CreditTiers.Green => RiskLevels.A,
                CreditTiers.Yellow => random.NextDouble() < 0.55 ? RiskLevels.B : RiskLevels.C,
                _ => RiskLevels.D,
            };
            string code;
            do code = Code(enterprise, random); while (!codes.Add(code));
            filled[e] = enterprise with { CreditCode = code, RiskLevel = level, Tags = Tags(enterprise, level, random) };
        }
        return filled;
    }

    /// <summary>9 (market regulation) + kind (1 company, 2 individual business, 3 farmers' cooperative) + 330225 + an organisation code MA…
    /// (as issued since 2015) with its GB 11714 check character + the GB 32100 check character.</summary>
    private static string Code(Enterprise enterprise, Random random)
    {
        var kind = enterprise.Name.Contains("合作社", StringComparison.Ordinal) ? '3'
            : enterprise.Industry is "restaurant" or "shop" && random.NextDouble() < 0.5 ? '2'
            : '1';
        Span<char> body = stackalloc char[8];
        body[0] = 'M';
        body[1] = 'A';
        for (var k = 2; k < 8; k++) body[k] = BodyCharacters[random.Next(BodyCharacters.Length)];
        var first17 = $"9{kind}{Division}{body}{CreditCode.OrganisationCheckCharacter(body)}";
        return first17 + CreditCode.CheckCharacter(first17);
    }

    private static IReadOnlyList<string>? Tags(Enterprise enterprise, string level, Random random)
    {
        var tags = new List<string>(2);
        var watched = enterprise.Industry is "hazchem" or "petrol" or "quarry" || (level == RiskLevels.D && random.NextDouble() < 0.3);
        if (watched) tags.Add(Watched);
        if (enterprise.Industry is "hazchem" or "petrol") tags.Add(Hazardous);
        if ((enterprise.Industry == "factory" && random.NextDouble() < 0.15) || (enterprise.Industry == "seafood" && random.NextDouble() < 0.2) || enterprise.Industry == "hazchem")
            tags.Add(Polluter);
        if (enterprise.Industry == "seafood" && random.NextDouble() < 0.4) tags.Add(ColdChain);
        return tags.Count == 0 ? null : tags;
    }
}
