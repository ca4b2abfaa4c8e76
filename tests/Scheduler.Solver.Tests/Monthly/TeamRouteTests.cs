using Scheduler.Domain.Model;
using Scheduler.Solver.Monthly;
using Scheduler.Solver.Tests.Builders;

namespace Scheduler.Solver.Tests.Monthly;

/// <summary>
/// The shortcuts of the month's route searches choose what the plain searches chose: <see cref="TeamRoute.Shortest"/>
/// skipping prefixes no shorter than the best against every permutation summed, <see cref="TeamRoute.OnSiteOver"/> never
/// refusing a visit <see cref="TeamRoute.InsertWithin"/> takes, and <see cref="MonthDraft.PlacesIn"/> listing a township's
/// team-days as a scan of the draft does, through trials undone.
/// </summary>
public sealed class TeamRouteTests
{
    private static readonly MonthContext Context = new(
        TinyInstance.Create().Enterprise("E1").Need("N1", "D1", "E1").Inspectors("D1", 2).WorkdayMinutes(480).Build(),
        TinyPlan.Of().Build(), 3);

    /// <summary>Visits scattered about the default office, some close together (ties within 1e-9 are possible).</summary>
    private static List<MonthVisit> Scattered(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new MonthVisit($"V{i}", $"E{i}", "T1",
            new GeoPoint(TinyInstance.DefaultOffice.Lat + random.Next(-20, 21) * 0.002, TinyInstance.DefaultOffice.Lon + random.Next(-20, 21) * 0.002),
            [0], 10 * random.Next(1, 7)))];

    [Fact]
    public void Shortest_ChoosesTheRouteEveryPermutationSummedChooses()
    {
        var random = new Random(20261207);
        int compared = 0;
        for (int trial = 0; trial < 300; trial++)
        {
            var visits = Scattered(random, 1 + trial % 7);
            var expected = EveryPermutation(visits);
            var actual = TeamRoute.Shortest(Context, "T1", visits);
            Assert.Equal(expected.Select(v => v.Id), actual.Select(v => v.Id));
            compared++;
        }
        Assert.Equal(300, compared);
    }

    [Fact]
    public void OnSiteOver_NeverRefusesAVisitThatInsertWithinTakes()
    {
        var random = new Random(7);
        int refused = 0, taken = 0;
        for (int trial = 0; trial < 2000; trial++)
        {
            var visits = Scattered(random, random.Next(0, 6)).Select(v => v with { OnSite = 10 * random.Next(1, 13) }).ToList();
            var extra = Scattered(random, 1)[0] with { Id = "X", OnSite = 10 * random.Next(1, 25) };
            var inserted = TeamRoute.InsertWithin(Context, "T1", visits, TeamRoute.DayMinutes(Context, "T1", visits), extra);
            if (TeamRoute.OnSiteOver(Context, visits, extra))
            {
                Assert.Null(inserted);
                refused++;
            }
            else if (inserted is not null) taken++;
        }
        // Both sides were exercised.
        Assert.True(refused > 100 && taken > 100, $"refused {refused}, taken {taken}");
    }

    [Fact]
    public void PlacesIn_ListsATownshipsTeamDaysInOrder_ThroughAddsRemovalsAndRollbacks()
    {
        var day = new DateOnly(2025, 3, 4);
        var draft = new MonthDraft([day, day.AddDays(1)]);
        var visits = Scattered(new Random(3), 6);
        TeamCluster Team(string township, int i) => new(township, [visits[i] with { Township = township }]);
        var a = draft.Add(day, Team("T1", 0), []);
        draft.Add(day, Team("T2", 1), []);
        draft.Add(day.AddDays(1), Team("T1", 2), []);
        AssertIndexed(draft);

        int mark = draft.Mark();
        draft.RemoveVisit(Context, a, a.Team.Visits[0]);
        draft.Add(day, Team("T2", 3), []);
        AssertIndexed(draft);
        Assert.Equal(2, draft.PlacesIn("T2").Count);
        draft.Rollback(mark);
        AssertIndexed(draft);
        Assert.Equal([0, 2], draft.PlacesIn("T1"));
        Assert.Empty(draft.PlacesIn("T9"));
    }

    private static void AssertIndexed(MonthDraft draft)
    {
        foreach (var township in new[] { "T1", "T2" })
            Assert.Equal(Enumerable.Range(0, draft.TeamDays.Count).Where(i => draft.TeamDays[i].Team.Township == township), draft.PlacesIn(township));
    }

    /// <summary>The search as it was: every permutation in swap order, each summed from its start, the first shortest kept.</summary>
    private static List<MonthVisit> EveryPermutation(List<MonthVisit> order)
    {
        double Minutes(IEnumerable<MonthVisit> route) => TeamRoute.DayMinutes(Context, "T1", route.ToList());
        var items = Enumerable.Range(0, order.Count).ToArray();
        var best = (int[])items.Clone();
        double bestMinutes = Minutes(best.Select(i => order[i]));
        void Permute(int k)
        {
            if (k == items.Length)
            {
                double minutes = Minutes(items.Select(i => order[i]));
                if (minutes < bestMinutes - 1e-9) { bestMinutes = minutes; best = (int[])items.Clone(); }
                return;
            }
            for (int i = k; i < items.Length; i++)
            {
                (items[k], items[i]) = (items[i], items[k]);
                Permute(k + 1);
                (items[k], items[i]) = (items[i], items[k]);
            }
        }
        Permute(0);
        return [.. best.Select(i => order[i])];
    }
}
