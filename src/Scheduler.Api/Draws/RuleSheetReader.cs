using Scheduler.Api.Needs;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Uploads;
using Scheduler.Domain.Draws;
using Scheduler.Domain.Json;

namespace Scheduler.Api.Draws;

/// <summary>
/// Reads the rules workbook (<see cref="RuleTemplate"/>) through the service's one xlsx reader (<see cref="XlsxWorkbook"/>,
/// under <see cref="UploadLimits"/>): the 规则 sheet, one rule a row, and the 部门 sheet's policy, into a rule set of
/// <c>department</c>. A cell that does not read is a problem naming its cell; what reads is left to the domain's checks.
/// </summary>
public static class RuleSheetReader
{
    public static RuleSheetRead Read(byte[] content, string department, UploadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        limits ??= new UploadLimits();
        if (content.Length == 0) return RuleSheetRead.Failed(Ui.T("文件是空的", "the file is empty"));
        if (!XlsxWorkbook.LooksLikeZip(content)) return RuleSheetRead.Failed(Ui.T("这不是 .xlsx 工作簿：请下载模板填写后上传", "this is not an .xlsx workbook: fill in the template and upload it"));
        if (content.LongLength > limits.MaxFileBytes) return RuleSheetRead.Failed(Ui.T($"文件超过 {limits.MaxFileMegabytes} MB", $"the file is over {limits.MaxFileMegabytes} MB"));
        try
        {
            using var workbook = XlsxWorkbook.Open(content, limits);
            var sheet = workbook.Sheets.FirstOrDefault(s => s.Name == RuleColumns.RulesSheet);
            if (sheet is null) return RuleSheetRead.Failed(Ui.T($"工作簿里没有“{RuleColumns.RulesSheet}”工作表", $"the workbook has no sheet named {RuleColumns.RulesSheet}"));
            var errors = new List<InputError>();
            var (ruleColumns, rows) = Table(workbook, sheet, RuleColumns.Rule, errors);
            var rules = new List<SamplingRule>();
            var ruleRows = new List<int>();
            foreach (var (number, cells) in rows)
            {
                var row = new RuleRowReader(RuleColumns.RulesSheet, number, cells, ruleColumns, errors);
                rules.Add(row.Rule(department));
                ruleRows.Add(number);
            }
            if (ruleColumns.Count > 0 && !ruleColumns.ContainsKey(RuleColumns.Id))
                errors.Add(new InputError($"{RuleColumns.RulesSheet}!1", Ui.T("表头缺少“规则编号”列", "the header has no 规则编号 (Rule id) column")));

            DepartmentPolicy policy = new() { Department = department };
            int? policyRow = null;
            var policyColumns = new Dictionary<string, string>();
            if (workbook.Sheets.FirstOrDefault(s => s.Name == RuleColumns.PolicySheet) is { } policySheet)
            {
                var (columns, policyRows) = Table(workbook, policySheet, RuleColumns.Policy, errors);
                policyColumns = columns;
                if (policyRows.Count > 0)
                {
                    var (number, cells) = policyRows[0];
                    var row = new RuleRowReader(RuleColumns.PolicySheet, number, cells, columns, errors);
                    policyRow = number;
                    policy = new DepartmentPolicy { Department = department, MaxChecksPerEnterprise = row.Int(RuleColumns.MaxChecks), LeaveLevelAAlone = row.Bool(RuleColumns.LeaveA) };
                }
            }
            var set = new RuleSet { Departments = [policy], Rules = rules };
            return new RuleSheetRead(set, errors, ruleRows, ruleColumns, policyRow, policyColumns);
        }
        catch (UploadRejectedException e)
        {
            return RuleSheetRead.Failed(e.Text);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or NotSupportedException or IOException)
        {
            return RuleSheetRead.Failed(XlsxWorkbook.Damaged().Text);
        }
    }

    /// <summary>The header (first non-blank row: key → column letters) and the data rows below it, blank rows skipped.</summary>
    private static (Dictionary<string, string> Columns, List<(int Number, Dictionary<int, string> Cells)> Rows) Table(XlsxWorkbook workbook,
        XlsxSheet sheet, IReadOnlyList<RuleColumn> known, List<InputError> errors)
    {
        Dictionary<int, RuleColumn>? header = null;
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<(int, Dictionary<int, string>)>();
        foreach (var row in workbook.Rows(sheet))
        {
            var cells = row.Cells.GroupBy(c => c.Column).ToDictionary(g => g.Key, g => NeedSheetReader.CellText(g.First().Value).Trim());
            if (cells.Values.All(string.IsNullOrWhiteSpace)) continue;
            if (header is null)
            {
                header = [];
                foreach (var (column, text) in cells)
                {
                    if (text.Length == 0) continue;
                    var at = $"{sheet.Name}!{XlsxWorkbook.ColumnName(column)}{row.Number}";
                    if (RuleColumns.ByHeader(known, text) is not { } c) errors.Add(new InputError(at, Ui.T($"表头“{text}”不是规则的列（见“说明”工作表）", $"the header '{text}' is not a column of a rule (see the 说明 sheet)")));
                    else if (!columns.TryAdd(c.Key, XlsxWorkbook.ColumnName(column))) errors.Add(new InputError(at, Ui.T($"“{c.Chinese}”列出现了两次", $"the column {c.Chinese} appears twice")));
                    else header[column] = c;
                }
                continue;
            }
            rows.Add((row.Number, cells.Where(kv => header.ContainsKey(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value)));
        }
        return (columns, rows);
    }
}
