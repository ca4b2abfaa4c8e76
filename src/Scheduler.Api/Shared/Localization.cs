using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Scheduler.Api.Shared;

/// <summary>zh-CN unless the "lang" cookie (or ?lang=) says English; the browser's Accept-Language is not consulted.</summary>
public static class Localization
{
    public static IApplicationBuilder UseSchedulerLocalization(this IApplicationBuilder app)
    {
        CultureInfo[] cultures = [new(Ui.Chinese), new(Ui.English)];
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Ui.Chinese),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
        };
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
            new CookieRequestCultureProvider { CookieName = Ui.CookieName },
        ];
        return app.UseRequestLocalization(options);
    }
}
