using System.Text;
using Scheduler.Solver.Compilation;
using Scheduler.Solver.Scheduling;

namespace Scheduler.Solver.Planners;

/// <summary>
/// Groups enterprises by the shape of their needs, in first-seen order (deterministic). The shapes are taken in the
/// enterprise's need order: which occurrences are left out where not all fit depends on it (the later-listed needs:
/// <see cref="Cp.EnterpriseMergeModel.LeftOutOrder"/>). Generated counties list every enterprise's needs in one order,
/// so their profiles are as few as with the shapes sorted (981 of 12,000 enterprises, seed 1, either way).
/// </summary>
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
        var parts = ci.NeedsOfEnterprise[e].Select(n => Shape(ci, n));
        var sb = new StringBuilder();
        sb.Append(ci.EnterpriseCap[e]).Append('|');
        foreach (var p in parts) sb.Append(p).Append(';');
        return sb.ToString();
    }

    /// <summary>Maps a schedule of one enterprise onto another of the same profile (needs matched in order; their shapes are equal).</summary>
    public static EnterpriseSchedule Translate(CompiledInstance ci, EnterpriseSchedule schedule, int to)
    {
        if (schedule.Enterprise == to) return schedule;
        var map = ci.NeedsOfEnterprise[schedule.Enterprise].Zip(ci.NeedsOfEnterprise[to]).ToDictionary(p => p.First, p => p.Second);
        return new EnterpriseSchedule(
            to,
            schedule.Visits.Select(v => new ScheduledVisit(v.Month, v.Needs.Select(n => map[n]).ToArray())).ToList(),
            schedule.Unplaced.Select(n => map[n]).ToList());
    }

    /// <summary>A need's shape: everything the merge depends on, nothing that names it.</summary>
    private static string Shape(CompiledInstance ci, int n)
    {
        var need = ci.Needs[n];
        return $"{need.Department}:{string.Join(',', need.Items)}:{need.Times}:{need.MonthMask}:{need.Gap}:{(need.Standalone ? 1 : 0)}";
    }
}
