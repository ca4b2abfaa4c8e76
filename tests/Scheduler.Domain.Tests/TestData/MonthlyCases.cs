using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;
using static Scheduler.Domain.Tests.TestData.TinyCounty;

namespace Scheduler.Domain.Tests.TestData;

/// <summary>Valid February and March plans for the tiny county and, for every monthly rule, Marches that keep or break it.</summary>
public static class MonthlyCases
{
    public static readonly IReadOnlyList<MonthlyCase> All = Build();

    public static MonthlyCase Get(string name) => All.Single(c => c.Name == name);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in All) data.Add(c.Name);
        return data;
    }

    private static List<MonthlyCase> Build()
    {
        var inst = Instance();
        var plan = ValidPlan();
        var feb = ValidFebruary();
        var march = ValidMarch();
        var cases = new List<MonthlyCase>();
        void Add(string name, MonthlyPlan m, string? expected, Instance? instance = null) =>
            cases.Add(new MonthlyCase(name, instance ?? inst, plan, [feb, m], expected));
        static DateOnly March(int day) => new(2027, 3, day);

        Add("valid", march, null);
        // Rule 1: every visit of the month exactly once.
        var withoutTd2 = march with { TeamDays = [.. march.TeamDays.Where(t => t.Id != "TD2")] };
        Add("m1-missing-visit", withoutTd2, "month 3 visit V5 is neither in a team-day nor unscheduled");
        Add("m1-unscheduled-with-reason", withoutTd2.AddUnscheduled("V5", "no two free A officers on a working day"), null);
        Add("m1-unscheduled-without-reason", withoutTd2.AddUnscheduled("V5", ""), "month 3 unscheduled V5: no reason");
        Add("m1-placed-twice", march.WithTeamDay("TD2", t => t with { Visits = ["V5", "V1"] }), "month 3 visit V1 placed twice");
        Add("m1-placed-and-unscheduled", march.AddUnscheduled("V1", "spare"), "month 3 visit V1 both placed and unscheduled");
        Add("m1-visit-of-another-month", march.WithTeamDay("TD2", t => t with { Visits = ["V5", "V3"] }),
            "month 3 team-day TD2: visit V3 is not an annual-plan visit of this month");
        // Rule 2: dates.
        Add("m2-outside-month", march.WithTeamDay("TD2", t => t with { Date = new DateOnly(2027, 4, 1) }),
            "month 3 team-day TD2: date 2027-04-01 outside the month");
        Add("m2-weekend", march.WithTeamDay("TD2", t => t with { Date = March(6) }), "month 3 team-day TD2: 2027-03-06 is not a working day");
        Add("m2-holiday", march.WithTeamDay("TD2", t => t with { Date = March(9) }), "month 3 team-day TD2: 2027-03-09 is not a working day");
        Add("m2-single-department-on-extra-workday", march.WithTeamDay("TD2", t => t with { Date = March(13) }), null);
        Add("m2-multi-department-not-joint", march.WithTeamDay("TD1", t => t with { Date = March(3) }),
            "month 3 team-day TD1: multi-department visits on 2027-03-03, not a joint weekday");
        Add("m2-multi-department-on-extra-workday", march.WithTeamDay("TD1", t => t with { Date = March(13) }),
            "multi-department visits on 2027-03-13, not a joint weekday");
        // Rule 3: township.
        Add("m3-other-township", march.WithTeamDay("TD2", t => t with { Township = "T2" }), "month 3 team-day TD2: visit V5 is in T1, not T2");
        Add("unknown-township", march.WithTeamDay("TD2", t => t with { Township = "T9" }), "month 3 team-day TD2: unknown township T9");
        // Rule 4: officers per department.
        Add("m4-too-few-officers", march.WithTeamDay("TD1", t => t with { Inspectors = ["OA1", "OB1", "OB2"] }),
            "month 3 team-day TD1: visit V1 needs 2 officers of A, team has 1");
        // Rule 5: inspectors.
        Add("m5-two-team-days-one-date", march.WithTeamDay("TD2", t => t with { Date = March(2) }), "in two team-days on 2027-03-02");
        Add("m5-unavailable", march.WithTeamDay("TD2", t => t with { Date = March(16) }),
            "month 3 team-day TD2: inspector OA2 unavailable on 2027-03-16");
        Add("m5-conflict", march.WithTeamDay("TD1", t => t with { Inspectors = ["OA1", "OA2", "OB1", "OB3"] }),
            "month 3 team-day TD1: an inspector has a conflict with E1");
        Add("m5-posted-elsewhere", march.WithTeamDay("TD2", t => t with { Inspectors = ["OA1", "OA3"] }),
            "month 3 team-day TD2: inspector OA3 is posted to T2");
        Add("m5-unknown-inspector", march.WithTeamDay("TD2", t => t with { Inspectors = ["OA1", "OA2", "OX9"] }),
            "month 3 team-day TD2: unknown inspector OX9");
        Add("m5-listed-twice", march.WithTeamDay("TD2", t => t with { Inspectors = ["OA1", "OA2", "OA1"] }),
            "month 3 team-day TD2: an inspector is listed twice");
        // Rule 6: visits per team-day, length of the day.
        var oneDay = march with
        {
            TeamDays = [TeamDay("TD1", March(2), "T1", ["OA1", "OA2", "OB1", "OB2"], ["V1", "V5"])],
        };
        Add("m6-two-visits-in-one-day", oneDay, null);
        Add("m6-too-many-visits", oneDay, "month 3 team-day TD1: 2 visits > 1", inst.WithRules(r => r with { MaxVisitsPerTeamDay = 1 }));
        Add("m6-day-too-long", oneDay, "minutes > 150", inst.WithRules(r => r with { WorkdayMinutes = 150 }));
        var farE2 = inst with
        {
            Enterprises = [.. inst.Enterprises.Select(e => e.Id == "E2" ? e with { Location = new GeoPoint(31.5, 120.0) } : e)],
        };
        Add("m6-travel-too-long", march, "minutes > 480", farE2);
        return cases;
    }
}
