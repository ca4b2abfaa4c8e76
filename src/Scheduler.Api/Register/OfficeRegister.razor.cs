using System.Globalization;
using Microsoft.AspNetCore.Components;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Api.Shared.Uploads;
using Scheduler.Api.Staffing;
using Scheduler.Data.Stores;
using Scheduler.Domain.Model;

namespace Scheduler.Api.Register;

public partial class OfficeRegister
{
    private const int PageSize = 50;

    private static readonly (string Key, string Zh, string En)[] Tabs =
    [
        ("enterprises", "企业", "Enterprises"), ("inspectors", "执法人员", "Officers"), ("capacities", "能力", "Capacities"),
        ("calendar", "日历与规则", "Calendar and rules"), ("townships", "乡镇", "Townships"), ("departments", "部门", "Departments"), ("items", "检查事项", "Check items"),
    ];

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "year")] private int? RequestedYear { get; set; }

    [SupplyParameterFromQuery] private string? Tab { get; set; }

    [SupplyParameterFromQuery] private string? Q { get; set; }

    [SupplyParameterFromQuery] private int? P { get; set; }

    [SupplyParameterFromForm(FormName = "register-import")] private int? ImportYear { get; set; }

    private int Year { get; set; }
    private IReadOnlyList<int> years = [];
    private Instance? register;
    private IReadOnlyList<RegisterUpload> uploads = [];
    private List<RegisterCellError> errors = [];
    private string uploadedName = "";
    private Instance? saved;
    private int ignoredNeeds;
    private IReadOnlyList<Scheduler.Domain.Staffing.StaffingFinding>? staffing;

    private string CurrentTab => Tabs.Any(t => t.Key == Tab) ? Tab! : "enterprises";

    protected override async Task OnInitializedAsync()
    {
        var cancel = HttpContext.RequestAborted;
        years = await Registers.YearsAsync(cancel);
        Year = await PlanYears.ResolveAsync(RequestedYear, Registers, cancel) ?? DateTime.Today.Year + 1;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        register = await RegisterCache.GetAsync(Year, HttpContext.RequestAborted);
        uploads = await Uploads.ListAsync(Year, 10, HttpContext.RequestAborted);
        // The staffing check of the register with every department's latest needs (warnings; none without a valid instance).
        staffing = register is null || await Assembler.AssembleAsync(Year, HttpContext.RequestAborted) is not { } instance
            ? null : StaffingEndpoints.Findings(instance);
    }

    private async Task ImportAsync()
    {
        var cancel = HttpContext.RequestAborted;
        var form = await HttpContext.Request.ReadFormAsync(cancel);
        var year = ImportYear ?? Year;
        var file = form.Files.GetFile("RegisterFile");
        if (file is null || file.Length == 0)
        {
            errors = [new RegisterCellError(null, null, null, Ui.T("请选择要上传的名录文件。", "Choose the register file to upload."))];
            uploadedName = "";
            return;
        }
        uploadedName = Path.GetFileName(file.FileName);
        if (file.Length > Limits.Value.MaxFileBytes)
        {
            // Refused before it is read or stored: the message names the setting.
            errors = [new RegisterCellError(null, null, null, UploadRejectedException.Over("MaxFileMegabytes", Limits.Value.MaxFileMegabytes,
                $"文件有 {file.Length / 1024.0 / 1024:0.0} MB，超过 {Limits.Value.MaxFileMegabytes} MB", $"the file has {file.Length / 1024.0 / 1024:0.0} MB, over {Limits.Value.MaxFileMegabytes} MB").Text)];
            return;
        }
        byte[] content;
        using (var memory = new MemoryStream())
        {
            await file.CopyToAsync(memory, cancel);
            content = memory.ToArray();
        }
        var result = year is < 2000 or > 2100
            ? new RegisterImportResult(null, [new RegisterCellError(null, null, null, Ui.T($"年度 {year} 不合理。", $"The year {year} is not plausible."))], 0)
            : RegisterImport.Import(content, uploadedName, year, Limits.Value);
        var who = HttpContext.User.Who();
        // The file and (when valid) its register are stored in one transaction.
        await Registers.ImportAsync(year, uploadedName, content, result.Register, result.Errors.Count, who, cancel);
        if (result.Register is { } valid)
        {
            saved = valid;
            ignoredNeeds = result.IgnoredNeeds;
            Year = year;
            years = await Registers.YearsAsync(cancel);
        }
        else
        {
            errors = [.. result.Errors];
        }
        await LoadAsync();
    }

    private string Link(string tab, int page) =>
        $"/office/register?year={Year}&tab={tab}{(string.IsNullOrEmpty(Q) ? "" : "&q=" + Uri.EscapeDataString(Q))}&p={page}";

    private static bool Matches(string? q, params string?[] fields) =>
        string.IsNullOrWhiteSpace(q) || fields.Any(f => f is not null && f.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase));

    private string TownshipName(string id) => register?.Townships.FirstOrDefault(t => t.Id == id)?.Name ?? id;

    private string DepartmentName(string id) => register?.Departments.FirstOrDefault(d => d.Id == id)?.Name ?? id;

    private static string TierName(string tier) => Ui.T(RegisterSheets.TierNames.GetValueOrDefault(tier, tier), tier);

    private static string Coordinates(GeoPoint p) => string.Create(CultureInfo.InvariantCulture, $"{p.Lat:0.0000}, {p.Lon:0.0000}");

    private static string MonthName(int m) => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m);

    private static string WeekdayName(DayOfWeek d) => Ui.T(CultureInfo.GetCultureInfo("zh-CN").DateTimeFormat.GetDayName(d), d.ToString());
}
