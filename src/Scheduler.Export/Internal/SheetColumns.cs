namespace Scheduler.Export.Internal;

/// <summary>
/// The columns of a township sheet, shared by the CSV and xlsx writers so both say the same thing.
/// Headers are Chinese only, in ONE header row: a second (English) header row would be taken for data by Excel's
/// filter and sort, by pivot tables and by every reader that treats row 1 as the header. The English meaning of each
/// column is given here; ids (visit, enterprise, team-day) stay in their own columns for tracing rows to the plan.
/// Widths count CJK characters as two units, as Excel displays them.
/// </summary>
internal static class SheetColumns
{
    public const string Scheduled = "已安排";
    public const string Unscheduled = "未安排";

    public static readonly IReadOnlyList<SheetColumn> All =
    [
        new("日期", 16, r => r.Date is { } d ? ChineseDates.WithWeekday(d) : null),            // date with weekday
        new("检查组", 8, r => r.TeamDay),                                                       // team-day id
        new("顺序", 6, r => r.Order),                                                           // position on the route
        new("企业名称", 32, r => r.EnterpriseName),                                             // enterprise name
        new("企业编号", 10, r => r.EnterpriseId),                                               // enterprise id
        new("检查部门", 28, r => string.Join("、", r.Departments)),                             // departments
        new("检查事项", 56, r => string.Join("；", r.Items)),                                   // check items per department
        new("现场时长（分钟）", 16, r => r.OnSiteMinutes),                                      // on-site minutes
        new("检查人员", 48, r => r.Inspectors.Count == 0 ? null : string.Join("、", r.Inspectors)), // team, name（department）
        new("状态", 8, r => r.Scheduled ? Scheduled : Unscheduled),                             // scheduled / not
        new("未安排原因", 40, r => r.UnscheduledReason),                                        // why not scheduled
        new("检查编号", 10, r => r.Visit),                                                      // annual-plan visit id
        new("检查行为码", 20, r => r.Code),                                                     // the visit's stable code
    ];
}
