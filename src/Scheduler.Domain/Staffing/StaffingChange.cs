using Scheduler.Domain.Calendar;
using Scheduler.Domain.Model;

namespace Scheduler.Domain.Staffing;

/// <summary>
/// One change a county could make to see what it buys: officers added (<see cref="Officers"/>), one more joint weekday
/// (<see cref="JointWeekday"/>: multi-department visits may then go on that day too), or a package of them. Written as an
/// officer addition (<c>DEPT[@TOWNSHIP][:N]</c>, <see cref="OfficerAddition"/>), a weekday's name (<c>Thursday</c>,
/// <c>Thu</c>, <c>周四</c>, <c>星期四</c>), officers posted to townships let work county-wide (<see cref="Countywide"/>:
/// <c>Countywide</c> or <c>县级统筹</c> for every department, <c>Countywide:DEPT</c> for one), or several of them joined by
/// <c>+</c> (<c>JTYS:2+ZRZY:2</c>, at most one weekday). A department id that is also a weekday's name or the word
/// Countywide reads as the weekday or the word.
/// </summary>
public sealed record StaffingChange
{
    /// <summary>The most parts one package joins.</summary>
    public const int MaxParts = 12;

    /// <summary>Officers added, in the order written; empty for a joint weekday alone.</summary>
    public IReadOnlyList<OfficerAddition> Officers { get; private init; } = [];

    /// <summary>The weekday added to the county's joint weekdays; null when none is.</summary>
    public DayOfWeek? JointWeekday { get; private init; }

    /// <summary>
    /// Officers posted to townships who are let work anywhere in the county, as county-level officers do: null when none
    /// are; empty for every department's; else the departments whose posted officers are (written <c>Countywide:DEPT</c>).
    /// A county's officers posted to one township can go nowhere else, which leaves visits elsewhere without a team while
    /// they stand idle (bench/README.md, "Session 24").
    /// </summary>
    public IReadOnlyList<string>? Countywide { get; private init; }

    /// <summary>The word of a part that lets posted officers work county-wide, in English.</summary>
    public const string CountywideWord = "Countywide";

    /// <summary>Every department's posted officers let work county-wide.</summary>
    public static StaffingChange AllCountywide() => new() { Countywide = [] };

    /// <summary>Officers added.</summary>
    public static StaffingChange Of(OfficerAddition officers) => new() { Officers = [officers ?? throw new ArgumentNullException(nameof(officers))] };

    /// <summary>One more joint weekday.</summary>
    public static StaffingChange Joint(DayOfWeek day) => new() { JointWeekday = day };

    /// <summary>The parts it is written with (<see cref="ToString"/>): each addition, each Countywide part, the weekday.</summary>
    public int Parts => Officers.Count + (Countywide is { Count: var n } ? Math.Max(1, n) : 0) + (JointWeekday is null ? 0 : 1);

    /// <summary>Officers added by this change (0 for a joint weekday alone).</summary>
    public int AddedOfficers => Officers.Sum(o => o.Count);

    /// <summary>
    /// Reads a weekday's name, <c>DEPT[@TOWNSHIP][:N]</c>, or several joined by <c>+</c>; null with <paramref name="error"/>
    /// saying what is wrong (naming the part of a package).
    /// </summary>
    public static StaffingChange? Parse(string? text, out string? error)
    {
        var value = text?.Trim() ?? "";
        var parts = value.Split('+', '＋');
        if (parts.Length > MaxParts)
        {
            error = $"a change of {parts.Length} parts joined by '+': at most {MaxParts}";
            return null;
        }
        var officers = new List<OfficerAddition>();
        DayOfWeek? joint = null;
        List<string>? countywide = null;
        foreach (var raw in parts)
        {
            var part = raw.Trim();
            var prefix = parts.Length > 1 ? $"'{(part.Length > 40 ? part[..40] + "…" : part)}' in '{(value.Length > 80 ? value[..80] + "…" : value)}': " : "";
            var countywidePart = CountywidePart(part, out var department);
            if (countywidePart is null)
            {
                error = $"{prefix}'{part}': name a department after the colon (Countywide:KA), or write Countywide alone for every department's posted officers";
                return null;
            }
            if (countywidePart is true)
            {
                if (countywide is not null && (department is null || countywide.Count == 0 || countywide.Contains(department)))
                {
                    error = $"{prefix}a change names each department's posted officers once, and Countywide alone means every department's";
                    return null;
                }
                countywide ??= [];
                if (department is not null) countywide.Add(department);
                continue;
            }
            if (part.Length <= 12 && Weekdays.Parse(part) is { } day && !part.All(char.IsAsciiDigit))
            {
                if (joint is not null)
                {
                    error = $"{prefix}a change adds at most one joint weekday";
                    return null;
                }
                joint = day;
                continue;
            }
            if (OfficerAddition.Parse(part, out var partError) is not { } addition)
            {
                error = prefix + partError;
                return null;
            }
            officers.Add(addition);
        }
        error = null;
        return new StaffingChange { Officers = officers, JointWeekday = joint, Countywide = countywide };
    }

    /// <summary>
    /// Whether <paramref name="part"/> is <c>Countywide</c> (or <c>县级统筹</c>), with <paramref name="department"/> null, or
    /// <c>Countywide:DEPT</c>, with the department; false otherwise; null when the department after the colon is empty.
    /// </summary>
    private static bool? CountywidePart(string part, out string? department)
    {
        department = null;
        var colon = part.IndexOfAny([':', '：']);
        var word = (colon < 0 ? part : part[..colon]).Trim();
        if (!word.Equals(CountywideWord, StringComparison.OrdinalIgnoreCase) && word != "县级统筹") return false;
        if (colon < 0) return true;
        department = part[(colon + 1)..].Trim();
        return department.Length > 0 ? true : null;
    }

    /// <summary>What is wrong with <paramref name="changes"/> for <paramref name="instance"/>, each naming the change; empty when nothing is.</summary>
    public static IReadOnlyList<string> Problems(Instance instance, IReadOnlyList<StaffingChange> changes)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(changes);
        var problems = new List<string>();
        if (changes.Count > OfficerAdditions.MaxAdditions)
            problems.Add($"{changes.Count} changes: at most {OfficerAdditions.MaxAdditions} are compared at once (each plans a whole year)");
        for (var k = 0; k < changes.Count; k++) problems.AddRange(ProblemsOf(instance, changes[k], k + 1));
        return problems;
    }

    /// <summary>What is wrong with one change for <paramref name="instance"/>, each naming it as addition <paramref name="number"/>.</summary>
    public static IEnumerable<string> ProblemsOf(Instance instance, StaffingChange change, int number)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Wrong(instance, change).Select(wrong => $"addition {number} ({change}): {wrong}");
    }

    /// <summary>What is wrong with one change for <paramref name="instance"/>, without naming it (the caller does).</summary>
    public static IEnumerable<string> Wrong(Instance instance, StaffingChange change)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(change);
        foreach (var officers in change.Officers)
            foreach (var wrong in OfficerAdditions.Wrong(instance, officers)) yield return wrong;
        if (change.Countywide is { } countywide)
        {
            var posted = instance.Inspectors.Where(i => i.Township is not null).Select(i => i.Department).ToHashSet(StringComparer.Ordinal);
            if (countywide.Count == 0 && posted.Count == 0)
                yield return "no officer of the county is posted to a township: all already work county-wide";
            foreach (var department in countywide)
            {
                if (OfficerAdditions.UnknownDepartment(instance, department) is { } unknown) yield return unknown;
                else if (!posted.Contains(department)) yield return $"no officer of {department} is posted to a township: all already work county-wide";
            }
        }
        if (change.JointWeekday is not { } day) yield break;
        if (!Weekdays.IsWorkday(day))
            yield return $"{day} is not a working day of the week; a joint weekday is one of Monday to Friday";
        else if (instance.Calendar.JointWeekdays.Contains(day))
            yield return $"{day} is already a joint weekday of the county (it has {string.Join(", ", instance.Calendar.JointWeekdays)})";
    }

    /// <summary>
    /// The instance with the change made: the posted officers it names at county level (<see cref="Countywide"/>), the
    /// officers added (<see cref="OfficerAdditions.Apply"/>; those it posts stay posted) and the weekday joined to the joint weekdays.
    /// </summary>
    /// <remarks>Call <see cref="Problems"/> first.</remarks>
    public Instance Apply(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var changed = instance;
        if (Countywide is { } countywide)
            changed = changed with
            {
                Inspectors = [.. changed.Inspectors.Select(i => i.Township is not null && (countywide.Count == 0 || countywide.Contains(i.Department, StringComparer.Ordinal))
                    ? i with { Township = null } : i)],
            };
        changed = Officers.Count > 0 ? OfficerAdditions.Apply(changed, Officers) : changed;
        if (JointWeekday is not { } day) return changed;
        var days = changed.Calendar.JointWeekdays.Append(day).Distinct().OrderBy(d => ((int)d + 6) % 7).ToList();
        return changed with { Calendar = changed.Calendar with { JointWeekdays = days } };
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
    /// county has one; when officers are posted to townships, all of them let work county-wide (<see cref="Countywide"/>), alone
    /// and with that weekday; a team each of the two departments most left-out visits wait for, together (<see cref="DepartmentYear.LeftOut"/>),
    /// when two departments have any; then <paramref name="teams"/> teams of officers (<see cref="OfficerAdditions.Suggest"/>).
    /// </summary>
    /// <remarks>The package of the two: on the generated 12,000-enterprise counties it left out fewer visits than any one
    /// team on every seed (bench/README.md, "Session 22").</remarks>
    public static IReadOnlyList<StaffingChange> Suggest(Instance instance, IReadOnlyList<DepartmentYear> departments, int teams)
    {
        var changes = new List<StaffingChange>();
        var day = SecondJointWeekday(instance);
        if (day is not null) changes.Add(day);
        if (HasPostings(instance))
        {
            changes.Add(AllCountywide());
            if (day is not null) changes.Add(day.PlusCountywide());
        }
        var waitedFor = DepartmentYears.WaitedFor(departments).Take(2).Select(d => new OfficerAddition(d, null, OfficerAddition.DefaultCount)).ToList();
        if (waitedFor.Count == 2) changes.Add(new StaffingChange { Officers = waitedFor });
        changes.AddRange(OfficerAdditions.Suggest(departments, teams).Select(Of));
        return changes;
    }

    /// <summary>
    /// The change a what-if tries after its suggestions: <paramref name="best"/>, the best change compared, with a team of
    /// two more at county level for each of the first two departments its year's left-out visits still wait for
    /// (<paramref name="waitedFor"/>, most first; a department the change already adds gets its team on top). Null when no
    /// department is waited for.
    /// </summary>
    /// <remarks>On the generated 12,000-enterprise counties the second joint weekday left 3 / 9 / 2 visits out and a team each of
    /// the departments those waited for took the year to 2 / 1 / 0 (bench/README.md, "Session 22").</remarks>
    public static StaffingChange? FollowUp(StaffingChange best, IReadOnlyList<string> waitedFor)
    {
        ArgumentNullException.ThrowIfNull(best);
        ArgumentNullException.ThrowIfNull(waitedFor);
        var teams = waitedFor.Distinct(StringComparer.Ordinal).Take(2).ToList();
        if (teams.Count == 0) return null;
        return teams.Aggregate(best, (change, department) => change.Plus(new OfficerAddition(department, null, OfficerAddition.DefaultCount)));
    }

    /// <summary>
    /// This change with <paramref name="officers"/> added too: to an addition of the same department and township (the
    /// counts summed, at most <see cref="OfficerAddition.MaxCount"/>), else as a new part; the weekday kept.
    /// </summary>
    public StaffingChange Plus(OfficerAddition officers)
    {
        ArgumentNullException.ThrowIfNull(officers);
        var parts = Officers.ToList();
        var at = parts.FindIndex(o => o.Department == officers.Department && o.Township == officers.Township);
        if (at < 0) parts.Add(officers);
        else parts[at] = parts[at] with { Count = Math.Min(OfficerAddition.MaxCount, parts[at].Count + officers.Count) };
        return this with { Officers = parts };
    }

    /// <summary>Whether any officer of <paramref name="instance"/> is posted to a township (so <see cref="Countywide"/> changes something).</summary>
    public static bool HasPostings(Instance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Inspectors.Any(i => i.Township is not null);
    }

    /// <summary>This change with every department's posted officers let work county-wide too.</summary>
    public StaffingChange PlusCountywide() => this with { Countywide = [] };

    /// <summary>Equal when the officers (in order), the departments let work county-wide (in any order) and the weekday are.</summary>
    public bool Equals(StaffingChange? other) =>
        other is not null && JointWeekday == other.JointWeekday && Officers.SequenceEqual(other.Officers)
        && (Countywide is null ? other.Countywide is null : other.Countywide is not null && Countywide.ToHashSet(StringComparer.Ordinal).SetEquals(other.Countywide));

    public override int GetHashCode() =>
        Officers.Aggregate(HashCode.Combine(JointWeekday, Countywide?.Count ?? -1), HashCode.Combine);

    /// <summary>
    /// As it is written: its parts (<c>DEPT[@TOWNSHIP]:N</c>, <c>Countywide[:DEPT]</c>, the weekday's English name) joined by <c>+</c>.
    /// </summary>
    public override string ToString() =>
        string.Join("+", Officers.Select(o => o.ToString())
            .Concat(Countywide is { } countywide ? countywide.Count == 0 ? [CountywideWord] : countywide.Select(d => $"{CountywideWord}:{d}") : [])
            .Concat(JointWeekday is { } day ? [day.ToString()] : []));
}
