using System.Globalization;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.Validation;

/// <summary>Checks that every rule lies in its range.</summary>
internal static class RulesChecks
{
    public static void Check(ValidationContext ctx)
    {
        if (ctx.Instance.Rules is not { } rules)
        {
            ctx.Add("$.rules", "rules is null; leave it out to use the defaults");
            return;
        }
        AtLeastOne(ctx, "maxDepartmentsPerVisit", rules.MaxDepartmentsPerVisit, "departments");
        if (AtLeastOne(ctx, "maxVisitMinutes", rules.MaxVisitMinutes, "minutes")) ctx.MaxVisitMinutes = rules.MaxVisitMinutes;
        AtLeastOne(ctx, "officersPerDepartment", rules.OfficersPerDepartment, "officers");
        AtLeastOne(ctx, "workdayMinutes", rules.WorkdayMinutes, "minutes");
        AtLeastOne(ctx, "maxVisitsPerTeamDay", rules.MaxVisitsPerTeamDay, "visits");
        if (!(rules.TravelKmh > 0) || double.IsInfinity(rules.TravelKmh))
        {
            ctx.Add("$.rules.travelKmh", string.Create(CultureInfo.InvariantCulture, $"travelKmh is {rules.TravelKmh}; the travel speed must be a positive number of km/h"));
        }
        if (!(rules.RoadFactor >= 1) || double.IsInfinity(rules.RoadFactor))
        {
            ctx.Add("$.rules.roadFactor",
                string.Create(CultureInfo.InvariantCulture, $"roadFactor is {rules.RoadFactor}; a road is never shorter than the straight line, so it must be at least 1"));
        }
        CheckTierCaps(ctx, rules.MaxVisitsPerYearByTier);
    }

    private static bool AtLeastOne(ValidationContext ctx, string name, int value, string unit)
    {
        if (value >= 1) return true;
        ctx.Add($"$.rules.{name}", $"{name} is {value}; it must be at least 1 {unit}");
        return false;
    }

    private static void CheckTierCaps(ValidationContext ctx, IReadOnlyDictionary<string, int?>? caps)
    {
        const string path = "$.rules.maxVisitsPerYearByTier";
        if (caps is null)
        {
            ctx.Add(path, "maxVisitsPerYearByTier is null; leave it out for no caps");
            return;
        }
        foreach (var (tier, cap) in caps)
        {
            if (!CreditTiers.All.Contains(tier))
            {
                ctx.Add($"{path}.{tier}", $"'{tier}' in maxVisitsPerYearByTier is not a credit tier; use green, yellow or red");
            }
            else if (cap < 0)
            {
                ctx.Add($"{path}.{tier}", $"the {tier} cap is {cap} visits a year; it must be 0 or more (null for no cap)");
            }
        }
    }
}
