using System.Globalization;
using Scheduler.Api.Shared;

namespace Scheduler.Api.Replans;

/// <summary>
/// The difference of a replan (or a what-if) as an xlsx workbook: a sheet per department's counts (各部门) and a sheet
/// with every changed occurrence and its causes (变动), the columns named in Chinese first, English second.
/// </summary>
public static class DiffWorkbook
{
    public const string DepartmentsSheet = "各部门", MovesSheet = "变动";

    public static byte[] Build(PlanDiffView diff)
    {
        var departments = Workbooks.Table("部门 Department", "改月 Moved", "同行部门变化 Companions", "新增 Added", "取消 Removed", "涉及企业 Enterprises");
        foreach (var d in diff.Departments) departments.Rows.Add(d.Department, d.Moved, d.Companions, d.Added, d.Removed, d.Enterprises);
        var moves = Workbooks.Table("企业编号 Enterprise", "企业名称 Name", "检查需求 Need", "次序 Occurrence", "部门 Department", "变动 Change",
            "原月份 Month before", "新月份 Month after", "原检查 Visit before", "新检查 Visit after", "原同行部门 Companions before",
            "新同行部门 Companions after", "原因 Causes");
        foreach (var e in diff.Enterprises)
            foreach (var m in e.Moves)
                moves.Rows.Add(e.Enterprise, e.Name ?? "", m.Need, m.Occurrence, m.Department, Kind(m.Change), Month(m.FromMonth), Month(m.ToMonth),
                    m.FromVisit ?? "", m.ToVisit ?? "", string.Join("、", m.CompanionsBefore), string.Join("、", m.CompanionsAfter), string.Join("；", e.Causes));
        return Workbooks.Save(new Dictionary<string, object> { [DepartmentsSheet] = departments, [MovesSheet] = moves });
    }

    /// <summary>The download's file name: diff-RUN[-DEPARTMENT].xlsx.</summary>
    public static string FileName(PlanDiffView diff) =>
        string.Create(CultureInfo.InvariantCulture, $"diff-run{diff.Run}{(diff.Department is { } d ? "-" + d : "")}.xlsx");

    private static object Month(int? month) => month is { } m ? m : "";

    private static string Kind(MoveKind kind) => kind switch
    {
        MoveKind.Moved => "改月 moved",
        MoveKind.Companions => "同行部门变化 companions",
        MoveKind.Added => "新增 added",
        _ => "取消 removed",
    };
}
