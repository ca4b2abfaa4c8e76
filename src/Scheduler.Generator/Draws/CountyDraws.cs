using Scheduler.Domain.Draws;
using Scheduler.Domain.Model;

namespace Scheduler.Generator.Draws;

/// <summary>What `generate --rules` adds to a generated county: the register fields draws need and a rule set for its departments.</summary>
public static class CountyDraws
{
    /// <summary>The county with a credit code, a risk level and tags on every enterprise (the rest unchanged), deterministic for the seed.</summary>
    public static Instance WithRegisterFields(Instance county, int seed) =>
        county with { Enterprises = RegisterFields.Fill(county.Enterprises, new Random(unchecked(seed * 1_000_003 + 4 * 7_919))) };

    /// <summary>A realistic rule set for the county (see <see cref="RuleSetFactory"/>), deterministic for the seed.</summary>
    public static RuleSet Rules(Instance county, int seed) => RuleSetFactory.Make(county, new Random(unchecked(seed * 1_000_003 + 5 * 7_919)));
}
