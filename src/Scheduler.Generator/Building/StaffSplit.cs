using Scheduler.Domain.Model;
using Scheduler.Generator.Catalog;
using Scheduler.Generator.Witness;

namespace Scheduler.Generator.Building;

/// <summary>Splits a fixed staff by each department's share of the work, as a county with a fixed establishment
/// (编制) would post it. The work is the witness plan's team-day load: a visit takes
/// max(1/maxVisitsPerTeamDay, (on-site + travel)/workdayMinutes) of a team-day of each department it carries.
/// Departments get whole pairs by largest remainder, at least two pairs each; within a department about a third of the
/// pairs (at least one) stay at county level and the rest are posted to the townships by their share of that
/// department's work (largest remainder again), so a township with none of its work gets none of its officers.</summary>
internal static class StaffSplit
{
    /// <summary>Mean travel minutes a visit adds, as in <see cref="StaffingEstimate"/>.</summary>
    private const double TravelMinutesPerVisit = 12;

    public static InspectorDrafts Split(int officers, WitnessStore witness, EnterpriseDrafts drafts, Rules rules)
    {
        int departments = DepartmentCatalog.Departments.Count, towns = XiangshanTownships.All.Count;
        var pair = rules.OfficersPerDepartment;
        var load = Load(witness, drafts, rules, departments, towns);

        var byDepartment = new double[departments];
        for (var d = 0; d < departments; d++)
            for (var t = 0; t < towns; t++) byDepartment[d] += load[d][t];
        var pairs = Apportion.LargestRemainder(byDepartment, officers / pair, StaffSize.MinimumPerDepartment / pair);

        var posted = new int[departments, towns];
        var county = new int[departments];
        for (var d = 0; d < departments; d++)
        {
            var countyPairs = byDepartment[d] > 0 ? Math.Max(1, (int)Math.Round(pairs[d] / 3.0, MidpointRounding.AwayFromZero)) : pairs[d];
            county[d] = countyPairs * pair;
            var postedPairs = Apportion.LargestRemainder(load[d], pairs[d] - countyPairs, 0);
            for (var t = 0; t < towns; t++) posted[d, t] = postedPairs[t] * pair;
        }
        return new InspectorDrafts(posted, county);
    }

    /// <summary>[department][township]: team-days of the department's witness visits in the township over the year.</summary>
    private static double[][] Load(WitnessStore witness, EnterpriseDrafts drafts, Rules rules, int departments, int towns)
    {
        var load = Enumerable.Range(0, departments).Select(_ => new double[towns]).ToArray();
        foreach (var v in witness.Visits)
        {
            var t = drafts.Township[v.Enterprise];
            var share = Math.Max(1.0 / rules.MaxVisitsPerTeamDay, (v.Minutes + TravelMinutesPerVisit) / rules.WorkdayMinutes);
            for (var d = 0; d < departments; d++)
                if ((v.Departments & (1 << d)) != 0) load[d][t] += share;
        }
        return load;
    }
}
