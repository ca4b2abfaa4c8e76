using System.Globalization;

namespace Scheduler.Api.Shared;

/// <summary>
/// The pages' two languages: zh-CN (the default) and English, chosen by the "lang" cookie (set by /lang/{culture}).
/// Text is written where it is used, both languages side by side: <c>@Ui.T("需求", "Needs")</c>.
/// </summary>
public static class Ui
{
    public const string Chinese = "zh-CN";
    public const string English = "en";
    public const string CookieName = "lang";

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The current language's text.</summary>
    public static string T(string chinese, string english) => IsEnglish ? english : chinese;

    /// <summary>The html lang attribute of the current language.</summary>
    public static string Lang => IsEnglish ? English : Chinese;

    /// <summary>A number the way the current language writes it (thousands grouped).</summary>
    public static string N(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>A fraction as a percentage with one decimal.</summary>
    public static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.CurrentCulture) + "%";

    /// <summary>A page title: "page · 综合查一次" (the product's name in the current language).</summary>
    public static string Title(string chinese, string english) => T($"{chinese} · 综合查一次排程", $"{english} · Joint inspection planner");
}
