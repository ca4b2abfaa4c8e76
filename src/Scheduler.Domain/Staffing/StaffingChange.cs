using Scheduler.Domain.Calendar;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.Staffing;

/// <summary>
/// One change a county could make to see what it buys: officers added (<see cref="Officers"/>) or one more joint weekday
/// (<see cref="JointWeekday"/>: multi-department visits may then go on that day too). Written as an officer addition
/// (<c>DEPT[@TOWNSHIP][:N]</c>, <see cref="OfficerAddition"/>) or as a weekday's name (<c>Thursday</c>, <c>Thu</c>,
/// <c>周四</c>, <c>星期四</c>): a department id that is also a weekday's name reads as the weekday.
/// </summary>
public sealed record StaffingChange
{
    /// <summary>Officers added; null for a joint weekday.</summary>
    public OfficerAddition? Officers { get; private init; }

    /// <summary>The weekday added to the county's joint weekdays; null for officers.</summary>
    public DayOfWeek? JointWeekday { get; private init; }

    /// <summary>Officers added.</summary>
    public static StaffingChange Of(OfficerAddition officers) => new() { Officers = officers ?? throw new ArgumentNullException(nameof(officers)) };

    /// <summary>One more joint weekday.</summary>
    public static StaffingChange Joint(DayOfWeek day) => new() { JointWeekday = day };

    /// <summary>Officers added by this change (0 for a joint weekday).</summary>
    public int AddedOfficers => Officers?.Count ?? 0;

    /// <summary>Reads a weekday's name or <c>DEPT[@TOWNSHIP][:N]</c>; null with <paramref name="error"/> saying what is wrong.</summary>
    public static StaffingChange? Parse(string? text, out string? error)
    {
        var value = text?.Trim() ?? "";
        if (value.Length <= 12 && Weekdays.Parse(value) is { } day && !value.All(char.IsAsciiDigit))
        {
            error = null;
            return Joint(day);
        }
        return OfficerAddition.Parse(text, out error) is { } officers ? Of(officers) : null;
    }

    /// <summary>What is wrong with <paramref name="changes"/> for <paramref name="instance"/>, each naming the change; empty when nothing is.</summary>
    public static IReadOnlyList<string> Problems(Instance instance, IReadOnlyList<StaffingChange> changes)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(changes);
        var problems = new List<string>();
        if (changes.Count > OfficerAdditions.MaxAdditions)
            problems.Add($"{changes.Count} changes: at most {OfficerAdditions.MaxAdditions} are compared at once (each plans a whole year)");
        for (var k = 0; k < changes.Count; k++)
        {
            var change = changes[k];
            if (change.Officers is { } officers)
            {
                foreach (var problem in OfficerAdditions.Problems(instance, [officers]))
                    problems.Add(problem.Replace("addition 1 ", $"addition {k + 1} ", StringComparison.Ordinal));
                continue;
            }
            var day = change.JointWeekday!.Value;
            var owner = $"addition {k + 1} ({change})";
            if (!Weekdays.IsWorkday(day))
                problems.Add($"{owner}: {day} is not a working day of the week; a joint weekday is one of Monday to Friday");
            else if (instance.Calendar.JointWeekdays.Contains(day))
                problems.Add($"{owner}: {day} is already a joint weekday of the county (it has {string.Join(", ", instance.Calendar.JointWeekdays)})");
        }
        return problems;
    }

    /// <summary>The instance with the change made: the officers added (<see cref="OfficerAdditions.Apply"/>) or the weekday joined to the joint weekdays.</summary>
    /// <remarks>Call <see cref="Problems"/> first.</remarks>
    public Instance Apply(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (Officers is { } officers) return OfficerAdditions.Apply(instance, [officers]);
        var days = instance.Calendar.JointWeekdays.Append(JointWeekday!.Value).Distinct().OrderBy(d => ((int)d + 6) % 7).ToList();
        return instance with { Calendar = instance.Calendar with { JointWeekdays = days } };
    }

    /// <summary>
    /// A second joint weekday worth comparing when the county has exactly one: two days after it (Tuesday: Thursday), or two
    /// days before when that would be a weekend; null when the county has none or several.
    /// </summary>
    public static StaffingChange? SecondJointWeekday(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.Calendar.JointWeekdays.Distinct().ToList() is not [var only] || !Weekdays.IsWorkday(only)) return null;
        var later = (DayOfWeek)(((int)only + 2) % 7);
        return Joint(Weekdays.IsWorkday(later) ? later : (DayOfWeek)(((int)only + 5) % 7));
    }

    /// <summary>
    /// The changes a what-if compares when none are named: a second joint weekday (<see cref="SecondJointWeekday"/>) when the
    /// county has one, then <paramref name="teams"/> teams of officers (<see cref="OfficerAdditions.Suggest"/>).
    /// </summary>
    public static IReadOnlyList<StaffingChange> Suggest(Instance instance, IReadOnlyList<DepartmentYear> departments, int teams)
    {
        var changes = new List<StaffingChange>();
        if (SecondJointWeekday(instance) is { } day) changes.Add(day);
        changes.AddRange(OfficerAdditions.Suggest(departments, teams).Select(Of));
        return changes;
    }

    /// <summary>As it is written: <c>DEPT[@TOWNSHIP]:N</c> or the weekday's English name.</summary>
    public override string ToString() => Officers?.ToString() ?? JointWeekday!.Value.ToString();
}
