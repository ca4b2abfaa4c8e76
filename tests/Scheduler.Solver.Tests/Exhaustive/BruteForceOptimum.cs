namespace Scheduler.Solver.Tests.Exhaustive;

/// <summary>The lexicographic optimum (unassigned, visits, departmentVisits) that <see cref="BruteForce"/> proved.</summary>
public sealed record BruteForceOptimum(int Unassigned, int Visits, int DepartmentVisits) : IComparable<BruteForceOptimum>
{
    public static readonly BruteForceOptimum None = new(int.MaxValue, int.MaxValue, int.MaxValue);

    public int CompareTo(BruteForceOptimum? other)
    {
        if (other is null) return -1;
        var c = Unassigned.CompareTo(other.Unassigned);
        if (c != 0) return c;
        c = Visits.CompareTo(other.Visits);
        return c != 0 ? c : DepartmentVisits.CompareTo(other.DepartmentVisits);
    }

    public static BruteForceOptimum operator +(BruteForceOptimum a, BruteForceOptimum b) =>
        new(a.Unassigned + b.Unassigned, a.Visits + b.Visits, a.DepartmentVisits + b.DepartmentVisits);
}
