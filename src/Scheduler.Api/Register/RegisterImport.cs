using System.Text;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Uploads;
using Scheduler.Domain.Json;
using Scheduler.Domain.Model;
using Scheduler.Domain.Validation;

namespace Scheduler.Api.Register;

/// <summary>
/// Reads an uploaded register, an xlsx workbook (<see cref="RegisterWorkbook"/>) or the spec's instance JSON (needs
/// ignored), for the plan year <c>year</c>, and validates it with <see cref="InstanceValidator"/>. Every problem
/// comes back placed at its sheet, row and column (for JSON: where the downloaded workbook would have it, and the path).
/// </summary>
public static class RegisterImport
{
    /// <summary>Reads the file under <paramref name="limits"/> (the defaults when null): a file over a limit is one error naming it.</summary>
    public static RegisterImportResult Import(byte[] content, string fileName, int year, UploadLimits? limits = null)
    {
        limits ??= new UploadLimits();
        if (content.Length == 0) return Failed(Ui.T("文件是空的。", "The file is empty."));
        if (content.LongLength > limits.MaxFileBytes)
        {
            return Failed(UploadRejectedException.Over("MaxFileMegabytes", limits.MaxFileMegabytes,
                $"文件有 {content.LongLength / 1024.0 / 1024:0.0} MB，超过 {limits.MaxFileMegabytes} MB", $"the file has {content.LongLength / 1024.0 / 1024:0.0} MB, over {limits.MaxFileMegabytes} MB").Text);
        }
        if (LooksLikeJson(content, fileName)) return FromJson(content, year);
        if (XlsxWorkbook.LooksLikeZip(content)) return FromWorkbook(content, year, limits);
        return Failed(Ui.T("只接受 Excel 表格（.xlsx）或名录 JSON 文件（.json）。", "Only an Excel workbook (.xlsx) or a register JSON file (.json) is accepted."));
    }

    private static RegisterImportResult FromWorkbook(byte[] content, int year, UploadLimits limits)
    {
        var read = RegisterWorkbook.Read(content, limits);
        var register = read.Register.Year == 0 ? read.Register with { Year = year } : read.Register;
        return Validate(register, read.Errors, read.Cells, year, 0);
    }

    private static RegisterImportResult FromJson(byte[] content, int year)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Failed(Ui.T("JSON 文件不是 UTF-8 编码。", "The JSON file is not UTF-8 text."));
        }
        var read = ContractJson.ReadInstance(text);
        if (read.Value is not { } instance)
        {
            return new RegisterImportResult(null,
                [.. read.Errors.Select(e => new RegisterCellError(null, null, null, Ui.T($"JSON 格式错误：{e.Message}", $"JSON error: {e.Message}"), e.Path))], 0);
        }
        var register = instance with { Needs = [] };
        return Validate(register, [], RegisterWorkbook.Layout(register), year, instance.Needs.Count);
    }

    private static RegisterImportResult Validate(Instance register, IReadOnlyList<RegisterCellError> readErrors, CellMap cells, int year, int ignoredNeeds)
    {
        var errors = new List<RegisterCellError>(readErrors);
        if (register.Year != year)
        {
            errors.Add(cells.Locate("$.year", Ui.T($"文件中的年度是 {register.Year}，但正在导入的是 {year} 年的名录。",
                $"The file is for {register.Year}, but this is the register of {year}.")));
        }
        var bad = readErrors.Select(e => (e.Sheet, e.Row, e.Column)).ToHashSet();
        foreach (var error in InstanceValidator.Validate(register))
        {
            var placed = cells.Locate(error.Path, ErrorText.For(error.Message));
            // A cell that could not be read already has its message; the validator only sees its placeholder.
            if (!bad.Contains((placed.Sheet, placed.Row, placed.Column))) errors.Add(placed);
        }
        return errors.Count == 0 ? new RegisterImportResult(register, [], ignoredNeeds) : new RegisterImportResult(null, errors, ignoredNeeds);
    }

    private static bool LooksLikeJson(byte[] content, string fileName)
    {
        if (fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var b in content.AsSpan(0, Math.Min(content.Length, 64)))
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF) continue;
            return b == (byte)'{';
        }
        return false;
    }

    private static RegisterImportResult Failed(string message) => new(null, [new RegisterCellError(null, null, null, message)], 0);
}
