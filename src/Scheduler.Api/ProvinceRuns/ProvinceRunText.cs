using System.Globalization;
using Scheduler.Api.Shared;
using Scheduler.Data.Stores;
using Scheduler.Data.Tenancy;

namespace Scheduler.Api.ProvinceRuns;

/// <summary>The province run pages' words: a state in the current language, and a time on the counties' clock (China time).</summary>
public static class ProvinceRunText
{
    public static string State(string state) => state switch
    {
        SolveStates.Queued => Ui.T("排队中", "queued"),
        SolveStates.Running => Ui.T("运行中", "running"),
        SolveStates.Succeeded => Ui.T("成功", "succeeded"),
        SolveStates.Failed => Ui.T("失败", "failed"),
        SolveStates.Cancelled => Ui.T("已取消", "cancelled"),
        _ => state,
    };

    public static string When(DateTimeOffset? at) =>
        at is { } t ? t.ToOffset(ProvinceTargets.ChinaOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "—";

    /// <summary>Seconds from start to finish, or a dash.</summary>
    public static string Seconds(DateTimeOffset? start, DateTimeOffset? end) =>
        start is { } s && end is { } e ? (e - s).TotalSeconds.ToString("0", CultureInfo.CurrentCulture) + Ui.T(" 秒", " s") : "—";
}
