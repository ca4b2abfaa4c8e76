using Scheduler.Api.Shared;

namespace Scheduler.Api.Register;

/// <summary>
/// One problem of an uploaded register, placed where the office can find it: the worksheet, the Excel row (1 = the
/// header row; null for the sheet as a whole) and the column header; <see cref="Path"/> is the spec's JSON path
/// when the problem was found in the instance (by the validator or in a JSON upload).
/// </summary>
public sealed record RegisterCellError(string? Sheet, int? Row, string? Column, string Message, string? Path = null)
{
    /// <summary>"工作表「企业」第 5 行「乡镇」列" (or its English), empty when the place is unknown.</summary>
    public string Where
    {
        get
        {
            if (Sheet is null) return Path ?? "";
            var parts = new List<string> { Ui.T($"工作表「{Sheet}」", $"sheet {Sheet}") };
            if (Row is { } row) parts.Add(Ui.T($"第 {row} 行", $"row {row}"));
            if (Column is not null) parts.Add(Ui.T($"「{Column}」列", $"column {Column}"));
            return string.Join(Ui.T("", ", "), parts);
        }
    }
}
