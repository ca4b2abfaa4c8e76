namespace Scheduler.Domain.Checking;

/// <summary>Validity of a set of monthly plans against the annual plan (every violated rule, in words) and each month's figures.</summary>
public sealed record MonthlyCheckReport(IReadOnlyList<string> Violations, IReadOnlyList<MonthFigures> Months)
{
    public bool Valid => Violations.Count == 0;
}
