using System.Numerics;
using Scheduler.Domain.Model;
using Scheduler.Generator.Catalog;
using Scheduler.Generator.Witness;

namespace Scheduler.Generator.Building;

/// <summary>Sizes the inspectorate from the witness plan so each month's visits can be staffed.
/// A team-day serves one township; a visit takes max(1/maxVisitsPerTeamDay, (on-site + travel)/workdayMinutes)
/// of one; multi-department visits only go on joint weekdays. Per department, township and month this gives the
/// team-days its pairs must make (with a margin for mixing departments in joint teams). Pairs posted to a
/// township carry the load of an ordinary busy month; county-level pairs, who may go anywhere but to one township a day,
/// cover the rest of every month, plus about a tenth for leave; at least one county pair per department.
/// Small counties are topped up towards the ~370 officers of a 12,000-enterprise county, scaled to their size.</summary>
internal static class StaffingEstimate
{
    /// <summary>Mean travel minutes a visit adds (a hop within a township of a few km at 30 km/h on roads).</summary>
    private const double TravelMinutesPerVisit = 12;

    /// <summary>Joint teams mix departments, so a pair also spends time on visits not its own.</summary>
    private const double Margin = 1.3;

    private const double OfficersPer12000 = 370;

    /// <summary>Which month, by load from the lightest (0) to the busiest (11), sets the posted pairs.</summary>
    private const int PostedMonthRank = 8;

    public static InspectorDrafts Size(WitnessStore witness, EnterpriseDrafts drafts, Rules rules, WorkingDays days)
    {
        int departments = DepartmentCatalog.Departments.Count, towns = XiangshanTownships.All.Count;
        var joint = new double[departments, towns, 12];
        var all = new double[departments, towns, 12];
        foreach (var v in witness.Visits)
        {
            var t = drafts.Township[v.Enterprise];
            var share = Math.Max(1.0 / rules.MaxVisitsPerTeamDay, (v.Minutes + TravelMinutesPerVisit) / rules.WorkdayMinutes);
            var multi = BitOperations.PopCount((uint)v.Departments) > 1;
            for (var d = 0; d < departments; d++)
            {
                if ((v.Departments & (1 << d)) == 0) continue;
                all[d, t, v.Month - 1] += share;
                if (multi) joint[d, t, v.Month - 1] += share;
            }
        }

        var pair = rules.OfficersPerDepartment;
        var posted = new int[departments, towns];
        var county = new int[departments];
        for (var d = 0; d < departments; d++)
        {
            // Team-days needed: on joint weekdays, and on any working day.
            var jointDays = new int[towns, 12];
            var anyDays = new int[towns, 12];
            for (var t = 0; t < towns; t++)
            {
                var monthly = new double[12];
                for (var m = 0; m < 12; m++)
                {
                    jointDays[t, m] = (int)Math.Ceiling(joint[d, t, m] * Margin - 1e-9);
                    anyDays[t, m] = Math.Max(jointDays[t, m], (int)Math.Ceiling(all[d, t, m] * Margin - 1e-9));
                    monthly[m] = Math.Max((double)jointDays[t, m] / Math.Max(1, days.Joint[m]), (double)anyDays[t, m] / Math.Max(1, days.Work[m]));
                }
                // Posted pairs carry the township's load of an ordinary busy month (the 9th of 12); county pairs the peaks.
                Array.Sort(monthly);
                posted[d, t] = (int)Math.Round(monthly[PostedMonthRank], MidpointRounding.AwayFromZero) * pair;
            }
            var countyPairs = 1;
            for (var m = 0; m < 12; m++)
            {
                double leftJoint = 0, leftAny = 0;
                for (var t = 0; t < towns; t++)
                {
                    var p = posted[d, t] / pair;
                    leftJoint += Math.Max(0, jointDays[t, m] - p * days.Joint[m]);
                    leftAny += Math.Max(0, anyDays[t, m] - p * days.Work[m]);
                }
                var need = Math.Max(leftJoint / Math.Max(1, days.Joint[m]), leftAny / Math.Max(1, days.Work[m])) * 1.1;
                countyPairs = Math.Max(countyPairs, (int)Math.Ceiling(need - 1e-9));
            }
            county[d] = countyPairs * pair;
        }
        TopUp(posted, county, drafts.Count, pair);
        return new InspectorDrafts(posted, county);
    }

    /// <summary>Scales counts up (whole pairs) until the size-scaled target is met.</summary>
    private static void TopUp(int[,] posted, int[] county, int enterprises, int pair)
    {
        var target = (int)Math.Round(OfficersPer12000 * enterprises / 12000.0);
        var total = new InspectorDrafts(posted, county).Total;
        if (total >= target || total == 0) return;
        var factor = (double)target / total;
        for (var d = 0; d < county.Length; d++)
        {
            county[d] = pair * (int)Math.Ceiling(county[d] * factor / pair - 1e-9);
            for (var t = 0; t < posted.GetLength(1); t++)
                posted[d, t] = pair * (int)Math.Ceiling(posted[d, t] * factor / pair - 1e-9);
        }
    }
}
