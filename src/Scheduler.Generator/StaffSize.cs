using Scheduler.Generator.Catalog;

namespace Scheduler.Generator;

/// <summary>How many officers the county has. A real county's staff is fixed, so by default it gets the seed county's
/// ~370 officers per 12,000 enterprises (<see cref="Scaled"/>), or exactly <see cref="Fixed"/> N; either way split
/// by each department's share of the work. <see cref="Sized"/> keeps the older sizing from the witness plan, which
/// gives every month the officers its visits need (and so hides a short department).</summary>
public sealed record StaffSize
{
    /// <summary>Officers per 12,000 enterprises in the seed county (369 for its eleven bodies), for <see cref="Scaled"/>.</summary>
    public const int OfficersPer12000 = 370;

    /// <summary>The most officers a county may have.</summary>
    public const int MaximumOfficers = 1_000_000;

    /// <summary>Each department has at least this many officers (two pairs: one at county level, one posted).</summary>
    public const int MinimumPerDepartment = 4;

    private StaffSize(int? officers, bool fromWitness)
    {
        Officers = officers;
        FromWitness = fromWitness;
    }

    /// <summary>A fixed count of officers; null with <see cref="FromWitness"/> false: scaled to the county's size.</summary>
    public int? Officers { get; }

    /// <summary>Sized from the witness plan (the generator's behaviour before fixed staff).</summary>
    public bool FromWitness { get; }

    /// <summary>The default: fixed, <see cref="OfficersPer12000"/> per 12,000 enterprises (even, at least <see cref="MinimumOfficers"/>).</summary>
    public static StaffSize Scaled { get; } = new(null, false);

    /// <summary>Sized from the witness plan so each month's visits can be staffed.</summary>
    public static StaffSize Sized { get; } = new(null, true);

    /// <summary>Exactly <paramref name="officers"/> officers, checked by <see cref="CountyGenerator.Generate"/>
    /// (see <see cref="ProblemWith"/>).</summary>
    public static StaffSize Fixed(int officers) => new(officers, false);

    /// <summary>The fewest officers a county may have: <see cref="MinimumPerDepartment"/> for each department (44).</summary>
    public static int MinimumOfficers => MinimumPerDepartment * DepartmentCatalog.Departments.Count;

    /// <summary>Why <paramref name="officers"/> cannot be a county's fixed staff, or null when it can.</summary>
    public static string? ProblemWith(int officers)
    {
        if (officers < MinimumOfficers || officers > MaximumOfficers)
            return $"must be {MinimumOfficers} to {MaximumOfficers:N0} ({MinimumPerDepartment} for each of the {DepartmentCatalog.Departments.Count} departments at least), not {officers}";
        if (officers % 2 != 0)
            return $"must be even (officers work in pairs, each department gets whole pairs), not {officers}";
        return null;
    }

    /// <summary>The officers a fixed staff has in a county of <paramref name="enterprises"/>; null when sized from the witness.</summary>
    public int? OfficersFor(int enterprises)
    {
        if (FromWitness) return null;
        if (Officers is { } n) return n;
        var pairs = (int)Math.Round(OfficersPer12000 / 2.0 * enterprises / 12000.0, MidpointRounding.AwayFromZero);
        return Math.Clamp(2 * pairs, MinimumOfficers, MaximumOfficers);
    }

    public override string ToString() => FromWitness ? "sized" : Officers?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "scaled";
}
