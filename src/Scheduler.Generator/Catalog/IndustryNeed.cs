using Scheduler.Domain.Model;
using Scheduler.Generator.Building;

namespace Scheduler.Generator.Catalog;

/// <summary>One need an industry's enterprise gets from one department with <see cref="Probability"/>.</summary>
/// <param name="Months">Month mask the department inspects in (<see cref="MonthSet"/>).</param>
/// <param name="Gap">Minimum months between occurrences when the need is asked more than once a year.</param>
internal sealed record IndustryNeed(
    string Department, string[] Items, double Probability, FrequencyProfile Frequency,
    int Months = MonthSet.All, int Gap = 1, bool Standalone = false)
{
    public int DepartmentIndex { get; } = DepartmentCatalog.DepartmentIndex(Department);

    public int[] ItemIndices { get; } = Items.Select(DepartmentCatalog.ItemIndex).ToArray();
}
