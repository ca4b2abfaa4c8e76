using Scheduler.Domain.Draws;
using Scheduler.Domain.Model;
using Scheduler.Generator.Building;
using Scheduler.Generator.Catalog;

namespace Scheduler.Generator.Draws;

/// <summary>
/// A realistic rule set for a generated county's eleven departments (docs/draws.md): a routine rule per department
/// and industry it supervises, drawing A 5% / B 20% / C 60% / D 100% (林甸县 2024's steps), checked once a year, C and D
/// twice where the industry's checks are frequent; the unannounced checks as special (专项) rules of 10% weighted by
/// risk; lists (重点监管, 重点排污单位) taken whole; a few triggered checks (个案); the industries' seasonal months
/// (fishing outside the moratorium, homestays in summer). Three departments leave level A alone (无事不扰).
/// </summary>
internal static class RuleSetFactory
{
    private static readonly HashSet<string> LeaveAAlone = ["ZHZF", "WHSC", "WSJD"];

    public static RuleSet Make(Instance county, Random random)
    {
        var industries = county.Enterprises.Select(e => e.Industry).Where(i => i is not null).ToHashSet(StringComparer.Ordinal);
        var tags = county.Enterprises.SelectMany(e => e.Tags ?? []).ToHashSet(StringComparer.Ordinal);
        var rules = new List<SamplingRule>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        string NextId(string department)
        {
            numbers[department] = numbers.GetValueOrDefault(department) + 1;
            return $"{department}-R{numbers[department]:00}";
        }

        foreach (var department in DepartmentCatalog.Departments)
        {
            foreach (var industry in IndustryCatalog.All.Where(i => industries.Contains(i.Key)))
            {
                foreach (var template in industry.Needs.Where(t => t.Department == department.Id))
                    rules.Add(FromTemplate(NextId(department.Id), industry, template));
            }
            if (department.Id == "YJGL" && tags.Contains(RegisterFields.Watched))
                rules.Add(List(NextId("YJGL"), "YJGL", ["YJGL-03"], RegisterFields.Watched, 2, 3));
            if (department.Id == "STHJ" && tags.Contains(RegisterFields.Polluter))
                rules.Add(List(NextId("STHJ"), "STHJ", ["STHJ-01"], RegisterFields.Polluter, 2, 4));
            if (department.Id == "ZHZF" && county.Enterprises.Count >= 3)
            {
                var complaints = Enumerable.Range(0, 3).Select(_ => county.Enterprises[random.Next(county.Enterprises.Count)].Id).Distinct().ToArray();
                rules.Add(new SamplingRule
                {
                    Id = NextId("ZHZF"), Department = "ZHZF", Items = ["ZHZF-01"], Kind = RuleKinds.Triggered,
                    Population = new PopulationFilter { Enterprises = complaints },
                });
            }
        }
        return new RuleSet
        {
            Year = county.Year,
            Departments = DepartmentCatalog.Departments
                .Where(d => rules.Any(r => r.Department == d.Id))
                .Select(d => new DepartmentPolicy { Department = d.Id, MaxChecksPerEnterprise = 4, LeaveLevelAAlone = LeaveAAlone.Contains(d.Id) })
                .ToArray(),
            Rules = rules,
        };
    }

    private static SamplingRule FromTemplate(string id, IndustryTemplate industry, IndustryNeed template)
    {
        IReadOnlyList<int> months = template.Months == MonthSet.All ? Need.AllMonths : MonthSet.ToMonths(template.Months);
        var population = new PopulationFilter { Industries = [industry.Key] };
        if (template.Standalone)
        {
            // Unannounced checks: a campaign (专项) of 10% of the industry, weighted towards risk (sequential Poisson sampling).
            return new SamplingRule
            {
                Id = id, Department = template.Department, Items = template.Items, Kind = RuleKinds.Special, Population = population,
                Ratio = 0.1, WeightByLevel = new Dictionary<string, double> { [RiskLevels.A] = 1, [RiskLevels.B] = 2, [RiskLevels.C] = 4, [RiskLevels.D] = 8 },
                Months = months, Standalone = true,
            };
        }
        var ratios = new Dictionary<string, double> { [RiskLevels.B] = 0.2, [RiskLevels.C] = 0.6, [RiskLevels.D] = 1.0 };
        if (!LeaveAAlone.Contains(template.Department)) ratios[RiskLevels.A] = 0.05;
        var twice = template.Frequency != FrequencyProfile.Once && template.Frequency != FrequencyProfile.Covert
            && MonthSet.MostOccurrences(template.Months, template.Gap) >= 2;
        return new SamplingRule
        {
            Id = id, Department = template.Department, Items = template.Items, Kind = RuleKinds.Routine, Population = population,
            RatioByLevel = ratios,
            TimesPerYearByLevel = twice ? new Dictionary<string, int> { [RiskLevels.C] = 2, [RiskLevels.D] = 2 } : null,
            Months = months, MinGapMonths = twice ? template.Gap : 1,
        };
    }

    private static SamplingRule List(string id, string department, string[] items, string tag, int times, int gap) => new()
    {
        Id = id, Department = department, Items = items, Kind = RuleKinds.Routine,
        Population = new PopulationFilter { Tags = [tag] }, TimesPerYear = times, MinGapMonths = gap,
    };
}
