using System.Globalization;
using Microsoft.AspNetCore.Components;
using Scheduler.Api.Shared;
using Scheduler.Api.Shared.Auth;
using Scheduler.Data.Tenancy;

namespace Scheduler.Api.Province;

/// <summary>
/// The province's page: the year's targets (a form; rates entered as percentages) and every county's figures against
/// them, with totals, the table's workbook and each county's plan files through the county routes.
/// </summary>
public partial class ProvinceOverview
{
    [Inject] private ProvinceFigures Figures { get; set; } = default!;
    [Inject] private ProvinceTargetStore Targets { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "year")] private int? RequestedYear { get; set; }

    [SupplyParameterFromForm(FormName = "targets")] private int? TargetsYear { get; set; }
    [SupplyParameterFromForm(FormName = "targets")] private string? JointRatePercent { get; set; }
    [SupplyParameterFromForm(FormName = "targets")] private string? ChecksCutPercent { get; set; }
    [SupplyParameterFromForm(FormName = "targets")] private string? NeedsDeadline { get; set; }

    private int Year { get; set; }
    private IReadOnlyList<int> years = [];
    private ProvinceFiguresView? view;
    private bool saved;
    private string? jointRateError, checksCutError, deadlineError;

    /// <summary>The form's values: as posted while an error is shown, else the targets as set.</summary>
    private string JointRateText => JointRatePercent ?? Percent(view?.Targets?.JointRate);
    private string ChecksCutText => ChecksCutPercent ?? Percent(view?.Targets?.ChecksCut);
    private string DeadlineText => NeedsDeadline ?? view?.Targets?.NeedsDeadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    protected override async Task OnInitializedAsync()
    {
        var cancel = HttpContext.RequestAborted;
        years = await Figures.YearsAsync(cancel);
        Year = TargetsYear is { } posted && TargetRules.IsYear(posted) ? posted
            : RequestedYear is { } asked && TargetRules.IsYear(asked) ? asked
            : years.Count > 0 ? years[0] : DateTime.Today.Year + 1;
        view = await Figures.BuildAsync(Year, cancel);
    }

    private async Task SaveAsync()
    {
        var jointRate = ReadPercent(JointRatePercent, out jointRateError);
        var checksCut = ReadPercent(ChecksCutPercent, out checksCutError);
        DateOnly? deadline = null;
        if (!string.IsNullOrWhiteSpace(NeedsDeadline))
        {
            if (!DateOnly.TryParseExact(NeedsDeadline.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                deadlineError = Ui.T("请填写日期，例如 2026-01-31，或留空。", "Enter a date such as 2026-01-31, or leave it empty.");
            else if (!TargetRules.InWindow(Year, day))
            {
                var (first, last) = TargetRules.DeadlineWindow(Year);
                deadlineError = Ui.T($"截止日期应在 {first:yyyy-MM-dd} 到 {last:yyyy-MM-dd} 之间（{Year} 年度的前一年至本年末）。",
                    $"The deadline must lie between {first:yyyy-MM-dd} and {last:yyyy-MM-dd} (the year before {Year} to its end).");
            }
            else deadline = day;
        }
        if (jointRate is null || checksCut is null || deadlineError is not null) return;
        await Targets.SetAsync(Year, jointRate.Value, checksCut.Value, deadline, HttpContext.User.Who(), HttpContext.RequestAborted);
        (JointRatePercent, ChecksCutPercent, NeedsDeadline) = (null, null, null);
        view = await Figures.BuildAsync(Year, HttpContext.RequestAborted);
        saved = true;
    }

    /// <summary>A percentage as typed ("60", "60.5", "60%") as a fraction, or null with the error to show.</summary>
    private static double? ReadPercent(string? text, out string? error)
    {
        error = null;
        var trimmed = (text ?? "").Trim().TrimEnd('%', '％').Trim();
        if (trimmed.Length == 0)
        {
            error = Ui.T("请填写 0 到 100 之间的百分数。", "Enter a percentage from 0 to 100.");
            return null;
        }
        if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) || !double.IsFinite(percent))
        {
            error = Ui.T($"「{Shorten(trimmed)}」不是数字：请填写 0 到 100 之间的百分数，例如 60。", $"'{Shorten(trimmed)}' is not a number: enter a percentage from 0 to 100, such as 60.");
            return null;
        }
        if (percent is < 0 or > 100)
        {
            error = Ui.T($"{trimmed}% 不在 0 到 100 之间。", $"{trimmed}% is not between 0 and 100.");
            return null;
        }
        return Math.Round(percent / 100, 6);
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;

    private static string Percent(double? fraction) =>
        fraction is { } f ? (f * 100).ToString("0.##", CultureInfo.InvariantCulture) : "";

    private static string? Described(string help, string? error, string errorId) => error is null ? help : $"{help} {errorId}";

    private static string Number(int? value) => value is { } v ? Ui.N(v) : "—";

    private static string Rate(double? value) => value is { } v ? Ui.Percent(v) : "—";

    private static string BoundTitle(CountyFigures c) => c.Bound is not { } bound ? "" : c.BoundKind == "perEnterprise"
        ? Ui.T($"每企业下界 {Ui.N(bound)} 户次", $"per-enterprise bound: {Ui.N(bound)} visits")
        : Ui.T($"理论下界 {Ui.N(bound)} 户次", $"lower bound: {Ui.N(bound)} visits");

    private static string When(DateTimeOffset at) =>
        at.ToOffset(ProvinceTargets.ChinaOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
