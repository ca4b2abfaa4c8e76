namespace Scheduler.Api.Shared.Uploads;

/// <summary>
/// An uploaded file over one of <see cref="UploadLimits"/> (<see cref="Limit"/> names the setting, e.g.
/// "Scheduler:Uploads:MaxRows") or not what it claims to be (Limit null): the reader stops at once. The message is
/// in both languages; <see cref="Text"/> picks the page's.
/// </summary>
public sealed class UploadRejectedException(string? limit, string chinese, string english) : Exception(english)
{
    public string? Limit { get; } = limit;

    public string Chinese { get; } = chinese;

    public string English { get; } = english;

    public string Text => Ui.T(Chinese, English);

    public static UploadRejectedException Over(string setting, long value, string chinese, string english) =>
        new($"{UploadLimits.Section}:{setting}", $"{chinese}（上限 {value:N0}，设置项 {UploadLimits.Section}:{setting}）",
            $"{english} (limit {value:N0}, setting {UploadLimits.Section}:{setting})");
}
