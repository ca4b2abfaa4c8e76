using System.Text.Json;
using Scheduler.Api.Shared;
using Scheduler.Data.Stores;

namespace Scheduler.Api.Solves;

/// <summary>
/// What the solve pages show of a run: its state in words, the share done (the bar), the best visit count, the bound
/// and the gap, and the time spent. Running: from the progress the job writes (<see cref="RunProgress"/>); finished:
/// from the stored figures. wwwroot/solve-progress.js computes the same from GET /api/solves/{id}.
/// </summary>
public sealed record SolveProgressView(string State, double Fraction, int? Visits, int? Unassigned, int? Bound, double? Gap, string? Stage,
    TimeSpan? Elapsed)
{
    public bool Final => State is SolveStates.Succeeded or SolveStates.Failed or SolveStates.Cancelled;

    public bool Active => State is SolveStates.Queued or SolveStates.Running;

    public string StateText => Text(State);

    /// <summary>排队中 / 求解中 / 已完成 / 失败 / 已取消 (English on English pages).</summary>
    public static string Text(string state) => state switch
    {
        SolveStates.Queued => Ui.T("排队中", "Queued"),
        SolveStates.Running => Ui.T("求解中", "Running"),
        SolveStates.Succeeded => Ui.T("已完成", "Done"),
        SolveStates.Failed => Ui.T("失败", "Failed"),
        SolveStates.Cancelled => Ui.T("已取消", "Cancelled"),
        _ => state,
    };

    public static SolveProgressView Of(SolveRun run, DateTimeOffset now)
    {
        using var progress = JsonDocument.Parse(run.ProgressJson ?? "{}");
        using var figures = JsonDocument.Parse(run.FiguresJson ?? "{}");
        var p = progress.RootElement;
        var f = figures.RootElement;
        var stage = String(p, "stage");
        var overall = Number(p, "overall") ?? (stage == "monthly"
            ? RunProgress.AnnualShare + (1 - RunProgress.AnnualShare) * (Number(p, "fraction") ?? 0)
            : RunProgress.AnnualShare * (Number(p, "fraction") ?? 0));

        int? visits = Int(p, "visits"), unassigned = Int(p, "unassigned"), bound = Int(p, "bound");
        if (f.ValueKind == JsonValueKind.Object && Int(f, "visits") is { } finalVisits)
        {
            visits = finalVisits;
            unassigned = Int(f, "unassigned");
            bound = Int(f, "perEnterpriseBound") ?? Int(f, "lowerBound");
        }
        var fraction = run.State switch
        {
            SolveStates.Queued => 0,
            SolveStates.Succeeded => 1,
            _ => Math.Clamp(overall, 0, 1),
        };
        double? gap = visits is { } v && bound is { } b && b > 0 ? (double)v / b - 1 : null;
        TimeSpan? elapsed = run.StartedAt is { } started ? (run.FinishedAt ?? now) - started : null;
        return new SolveProgressView(run.State, fraction, visits, unassigned, bound, gap, stage, elapsed);
    }

    /// <summary>"年度计划" / "月度计划" for the stage the job reports.</summary>
    public string? StageText => Stage switch
    {
        "annual" => Ui.T("正在排年度计划", "Planning the year"),
        "monthly" => Ui.T("正在排月度计划", "Planning the months"),
        _ => null,
    };

    public static string Duration(TimeSpan? span) => span is not { } s ? "" :
        s.TotalHours >= 1 ? Ui.T($"{(int)s.TotalHours} 小时 {s.Minutes} 分", $"{(int)s.TotalHours} h {s.Minutes} min") :
        s.TotalMinutes >= 1 ? Ui.T($"{(int)s.TotalMinutes} 分 {s.Seconds} 秒", $"{(int)s.TotalMinutes} min {s.Seconds} s") :
        Ui.T($"{Math.Max(0, (int)s.TotalSeconds)} 秒", $"{Math.Max(0, (int)s.TotalSeconds)} s");

    private static double? Number(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static int? Int(JsonElement e, string name) => Number(e, name) is { } d ? (int)Math.Round(d) : null;

    private static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
