using Scheduler.Domain.Model;
using Scheduler.Domain.Plans;

namespace Scheduler.Export.Internal;

/// <summary>
/// The words a sheet or calendar shows for a visit, a team and a township, over the domain's <see cref="InstanceLookup"/>.
/// Exports run on plans that may not have been checked: an id that resolves to nothing is shown as the id itself, never dropped.
/// </summary>
internal sealed class SheetWords(Instance instance, AnnualPlan plan)
{
    public InstanceLookup Lookup { get; } = new(instance, plan);

    public Instance Instance => Lookup.Instance;

    /// <summary>The township, or a stand-in named by its id when the instance lacks it.</summary>
    public Township Township(string id) => Lookup.Township(id) ?? new Township { Id = id, Name = id };

    /// <summary>The township of a visit's enterprise, or null when the visit or enterprise is unknown.</summary>
    public string? TownshipOfVisit(string visitId) =>
        Lookup.Visit(visitId) is { } visit ? Lookup.Enterprise(visit.Enterprise)?.Township : null;

    /// <summary>"姓名（部门）", so a reader sees who comes for which department.</summary>
    public string InspectorLabel(string id) =>
        Lookup.Inspector(id) is { } inspector ? $"{Lookup.InspectorName(id)}（{Lookup.DepartmentName(inspector.Department)}）" : id;

    /// <summary>A visit in the words of a sheet row; team fields are left for the caller to set.</summary>
    public SheetRow Row(string visitId)
    {
        if (Lookup.Visit(visitId) is not { } visit)
            return new SheetRow { Visit = visitId, EnterpriseName = $"（年度计划中没有检查 {visitId}）" };
        var shares = Lookup.Shares(visit)
            .Select(s => (s.Department, Items: s.Items.Select(id => Lookup.Item(id) ?? new CheckItem { Id = id, Department = s.Department, Name = id }).ToList()))
            .ToList();
        return new SheetRow
        {
            Visit = visit.Id,
            Code = Lookup.VisitCode(visit.Id),
            EnterpriseId = visit.Enterprise,
            EnterpriseName = Lookup.EnterpriseName(visit.Enterprise),
            Departments = shares.Select(s => Lookup.DepartmentName(s.Department)).ToList(),
            Items = shares.Select(s => $"{Lookup.DepartmentName(s.Department)}：{string.Join("、", s.Items.Select(i => Lookup.ItemName(i.Id)))}").ToList(),
            // Departments work side by side: the visit lasts as long as its longest share.
            OnSiteMinutes = shares.Count == 0 ? 0 : shares.Max(s => s.Items.Sum(i => i.Minutes)),
        };
    }
}
