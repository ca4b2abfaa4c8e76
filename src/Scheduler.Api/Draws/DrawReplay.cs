using Scheduler.Data.Stores;
using Scheduler.Domain.Draws;

namespace Scheduler.Api.Draws;

/// <summary>
/// A stored draw drawn again from what it stored (the register version it read, its merged rules, its seed, mode and
/// spread starts), as <c>scheduler draw --verify</c> does: the same strata and needs, with the inclusion probabilities
/// the figures need and the drawn instance a solve plans. Null when the register version is gone.
/// </summary>
public static class DrawReplay
{
    public static async Task<DrawOutcome?> OutcomeAsync(StoredDraw draw, RegisterStore registers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draw);
        if (await registers.GetAsync(draw.Year, draw.RegisterVersion, cancellationToken) is not { } saved) return null;
        var rules = DrawJson.ReadRules(draw.RulesJson).Value ?? new RuleSet();
        var record = DrawJson.ReadRecord(draw.RecordJson).Value ?? new DrawRecord();
        return Drawer.Draw(saved.Register, rules, new DrawRequest
        {
            Seed = draw.Seed,
            Mode = draw.Mode,
            Starts = draw.Mode == DrawModes.Spread ? record.Starts : null,
            PreviousSha256 = record.PreviousSha256,
            RegisterSha256 = record.RegisterSha256,
            RulesSha256 = record.RulesSha256,
        });
    }
}
