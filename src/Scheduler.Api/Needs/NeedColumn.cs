namespace Scheduler.Api.Needs;

/// <summary>One column of the needs sheet: its key (a need field), its Chinese header and its English name.</summary>
public sealed record NeedColumn(string Key, string Chinese, string English, string HintChinese, string HintEnglish);
