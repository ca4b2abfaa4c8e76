using Scheduler.Api.Shared;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;
using Scheduler.Domain.Draws;

namespace Scheduler.Api.Draws;

/// <summary>
/// A stored draw's figures (docs/draws.md §4) for the office's draw page, compared with the other mode drawn on the same
/// register, rules and seed (coordinated against independent; spread against independent). A draw's content never
/// changes, so figures are computed once per draw (two draws, about a second each on 60,000 enterprises) and the
/// <see cref="Capacity"/> used last are kept.
/// </summary>
public sealed class DrawFiguresCache(RegisterStore registers)
{
    public const int Capacity = 16;

    private readonly object _gate = new();
    private readonly LruCache<(string Schema, long Id), Task<DrawFigures?>> _recent = new(Capacity);

    public Task<DrawFigures?> GetAsync(StoredDraw draw, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draw);
        Task<DrawFigures?> load;
        lock (_gate)
        {
            if (!_recent.TryGet((CountyScope.Schema, draw.Id), out load) || load.IsFaulted || load.IsCanceled)
            {
                load = Task.Run(() => ComputeAsync(draw));
                _recent.Set((CountyScope.Schema, draw.Id), load);
            }
        }
        return load.WaitAsync(cancellationToken);
    }

    private async Task<DrawFigures?> ComputeAsync(StoredDraw draw)
    {
        if (await DrawReplay.OutcomeAsync(draw, registers, CancellationToken.None) is not { } outcome) return null;
        var figures = DrawFigures.Of(outcome);
        if (await registers.GetAsync(draw.Year, draw.RegisterVersion, CancellationToken.None) is not { } saved) return figures;
        var rules = DrawJson.ReadRules(draw.RulesJson).Value ?? new RuleSet();
        var other = draw.Mode == DrawModes.Independent ? DrawModes.Coordinated : DrawModes.Independent;
        var comparison = DrawFigures.Of(Drawer.Draw(saved.Register, rules, new DrawRequest { Seed = draw.Seed, Mode = other }));
        return figures.ComparedWith(comparison);
    }
}
