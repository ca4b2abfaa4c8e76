using Scheduler.Domain.Model;
using Scheduler.Generator.Catalog;

namespace Scheduler.Generator.Building;

/// <summary>Makes the officers: per department, county-level ones first, then those posted to each township.
/// A share of them have a few days away (training, leave: 1–5 consecutive working days, sometimes one more single
/// day), another must keep away from one or two enterprises of their township, or anywhere for county level (回避).</summary>
internal static class InspectorFactory
{
    public static IReadOnlyList<Inspector> Make(
        InspectorDrafts sizes, InspectorShares shares, EnterpriseDrafts drafts, IReadOnlyList<string> enterpriseIds, WorkingDays days, Random random)
    {
        var byTownship = Enumerable.Range(0, XiangshanTownships.All.Count).Select(_ => new List<int>()).ToArray();
        for (var e = 0; e < drafts.Count; e++) byTownship[drafts.Township[e]].Add(e);

        var width = Ids.Width(sizes.Total);
        var list = new List<Inspector>(sizes.Total);
        for (var d = 0; d < DepartmentCatalog.Departments.Count; d++)
        {
            var department = DepartmentCatalog.Departments[d].Id;
            for (var k = 0; k < sizes.County[d]; k++)
                list.Add(Make(list.Count, department, null, drafts.Count, null));
            for (var t = 0; t < XiangshanTownships.All.Count; t++)
                for (var k = 0; k < sizes.Posted[d, t]; k++)
                    list.Add(Make(list.Count, department, XiangshanTownships.All[t].Id, byTownship[t].Count, byTownship[t]));
        }
        return list;

        Inspector Make(int index, string department, string? township, int pool, List<int>? members)
        {
            var name = NameParts.Surnames[random.Next(NameParts.Surnames.Length)]
                       + NameParts.Given[random.Next(NameParts.Given.Length)]
                       + (random.NextDouble() < 0.6 ? NameParts.Given[random.Next(NameParts.Given.Length)] : "");
            return new Inspector
            {
                Id = Ids.Make("I", index, width),
                Name = name,
                Department = department,
                Township = township,
                Unavailable = Unavailable(),
                Conflicts = Conflicts(pool, members),
            };
        }

        IReadOnlyList<DateOnly> Unavailable()
        {
            if (random.NextDouble() >= shares.Leave || days.All.Count == 0) return [];
            var dates = new List<DateOnly>();
            var start = random.Next(days.All.Count);
            var length = 1 + random.Next(5);
            for (var k = start; k < Math.Min(days.All.Count, start + length); k++) dates.Add(days.All[k]);
            if (random.NextDouble() < 0.3)
            {
                var single = days.All[random.Next(days.All.Count)];
                if (!dates.Contains(single)) dates.Add(single);
            }
            dates.Sort();
            return dates;
        }

        IReadOnlyList<string> Conflicts(int pool, List<int>? members)
        {
            if (random.NextDouble() >= shares.Conflicts || pool == 0) return [];
            var count = Math.Min(pool, 1 + random.Next(2));
            var chosen = new List<int>();
            while (chosen.Count < count)
            {
                var k = random.Next(pool);
                var e = members is null ? k : members[k];
                if (!chosen.Contains(e)) chosen.Add(e);
            }
            chosen.Sort();
            return chosen.Select(e => enterpriseIds[e]).ToArray();
        }
    }
}
