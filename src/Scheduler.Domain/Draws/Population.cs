using Scheduler.Domain.Model;

namespace Scheduler.Domain.Draws;

/// <summary>A rule's <see cref="PopulationFilter"/> with its lists as sets: whether an enterprise belongs to it.</summary>
internal sealed class Population(PopulationFilter filter)
{
    private readonly HashSet<string>? _industries = Set(filter.Industries);
    private readonly HashSet<string>? _townships = Set(filter.Townships);
    private readonly HashSet<string>? _levels = Set(filter.RiskLevels);
    private readonly HashSet<string>? _tags = Set(filter.Tags);
    private readonly HashSet<string>? _enterprises = Set(filter.Enterprises);

    public bool Matches(Enterprise enterprise, string level)
    {
        if (_industries is not null && (enterprise.Industry is null || !_industries.Contains(enterprise.Industry))) return false;
        if (_townships is not null && !_townships.Contains(enterprise.Township ?? "")) return false;
        if (_levels is not null && !_levels.Contains(level)) return false;
        if (_tags is not null && (enterprise.Tags is not { } own || !own.Any(t => t is not null && _tags.Contains(t)))) return false;
        if (_enterprises is not null && !_enterprises.Contains(enterprise.Id ?? "")) return false;
        return true;
    }

    private static HashSet<string>? Set(IReadOnlyList<string>? names) =>
        names is null ? null : names.Where(n => n is not null).ToHashSet(StringComparer.Ordinal);
}
