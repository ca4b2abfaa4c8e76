using System.Globalization;
using Microsoft.AspNetCore.Components;
using Scheduler.Api.Shared;
using Scheduler.Api.Solves;
using Scheduler.Data.Stores;
using Scheduler.Domain.Draws;

namespace Scheduler.Api.Plans;

public partial class OfficeOverview
{
    [SupplyParameterFromQuery(Name = "run")] public long? RunId { get; set; }
    [SupplyParameterFromQuery(Name = "year")] public int? Year { get; set; }
    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    private ShownPlanResult? lookup;
    private PlanOverview? overview;
    private RunFigures? year;
    private StoredDraw? draw;
    private DrawFigures? drawFigures;
    private Scheduler.Domain.Plans.PlanFigures f => overview!.Figures;

    private double SavedShare => f.SeparateVisits == 0 ? 0 : (double)f.Saved / f.SeparateVisits;

    protected override async Task OnInitializedAsync()
    {
        lookup = await ShownPlans.FindAsync(RunId, Year, Cache, Runs, Registers, HttpContext.RequestAborted);
        if (lookup.Shown is { } shown)
        {
            overview = shown.Data.Overview;
            if (shown.Run.FiguresJson is { } figures)
                year = System.Text.Json.JsonSerializer.Deserialize(figures, ApiJsonContext.Default.RunFigures);
            // The draw the run was solved from, else the year's newest published draw: its figures (docs/draws.md §4).
            draw = shown.Run.DrawId is { } drawId ? await Draws.GetAsync(drawId, HttpContext.RequestAborted)
                : (await Draws.ListAsync(shown.Run.Year, HttpContext.RequestAborted)).FirstOrDefault(d => d.PublishedAt is not null);
            if (draw is not null) drawFigures = await DrawFigures.GetAsync(draw, HttpContext.RequestAborted);
        }
    }

    private string HeatStyle(int count)
    {
        var shade = overview!.HeatMap.Intensity(count);
        if (shade <= 0) return "";
        var alpha = (0.1 + 0.9 * shade).ToString("0.00", CultureInfo.InvariantCulture);
        return $"background-color: rgba(11, 92, 173, {alpha});" + (shade > 0.5 ? " color: #fff;" : "");
    }

    private static string BarWidth(double ratio) =>
        (Math.Clamp(double.IsFinite(ratio) ? ratio : 1, 0, 1) * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string LevelClass(LoadLevel level) => level switch
    {
        LoadLevel.NearFull => "near",
        LoadLevel.Over => "over",
        LoadLevel.Unbounded => "unbounded",
        _ => "",
    };
}
