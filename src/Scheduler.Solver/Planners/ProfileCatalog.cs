using System.Text;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Planners;

/// <summary>Groups enterprises by the shape of their needs, in first-seen order (deterministic).</summary>
internal static class ProfileCatalog
{
    public static List<Profile> Build(CompiledInstance ci)
    {
        var byKey = new Dictionary<string, Profile>(StringComparer.Ordinal);
        var profiles = new List<Profile>();
        for (int e = 0; e < ci.EnterpriseIds.Length; e++)
        {
            if (ci.NeedsOfEnterprise[e].Length == 0) continue;
            var key = Key(ci, e);
            if (!byKey.TryGetValue(key, out var profile))
            {
                profile = new Profile(e);
                byKey[key] = profile;
                profiles.Add(profile);
            }
            profile.Members.Add(e);
        }
        return profiles;
    }

    private static string Key(CompiledInstance ci, int e)
    {
        var parts = ci.NeedsOfEnterprise[e].Select(n => Shape(ci, n)).Order(StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.Append(ci.EnterpriseCap[e]).Append('|');
        foreach (var p in parts) sb.Append(p).Append(';');
        return sb.ToString();
    }

    /// <summary>Maps a schedule of one enterprise onto another of the same profile (needs matched by shape, then order).</summary>
    public static EnterpriseSchedule Translate(CompiledInstance ci, EnterpriseSchedule schedule, int to)
    {
        if (schedule.Enterprise == to) return schedule;
        var map = Canonical(ci, schedule.Enterprise).Zip(Canonical(ci, to)).ToDictionary(p => p.First, p => p.Second);
        return new EnterpriseSchedule(
            to,
            schedule.Visits.Select(v => new ScheduledVisit(v.Month, v.Needs.Select(n => map[n]).ToArray())).ToList(),
            schedule.Unplaced.Select(n => map[n]).ToList());
    }

    private static IEnumerable<int> Canonical(CompiledInstance ci, int e) =>
        ci.NeedsOfEnterprise[e].OrderBy(n => Shape(ci, n), StringComparer.Ordinal).ThenBy(n => n);

    /// <summary>A need's shape: everything the merge depends on, nothing that names it.</summary>
    private static string Shape(CompiledInstance ci, int n)
    {
        var need = ci.Needs[n];
        return $"{need.Department}:{string.Join(',', need.Items)}:{need.Times}:{need.MonthMask}:{need.Gap}:{(need.Standalone ? 1 : 0)}";
    }
}
