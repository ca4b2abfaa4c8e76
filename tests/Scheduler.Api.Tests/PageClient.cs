using System.Net;
using System.Text.RegularExpressions;

namespace Scheduler.Api.Tests;

/// <summary>Drives the static SSR pages (the client must not follow redirects itself) like a browser would: GET a page, then POST one of its forms with the antiforgery token.</summary>
public sealed partial class PageClient(HttpClient client) : IDisposable
{
    public HttpClient Http => client;

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        using var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>GETs <paramref name="url"/> for its antiforgery token, then posts the form named <paramref name="formName"/> to it.</summary>
    public async Task<(HttpStatusCode Status, string Html, Uri? FinalUrl)> PostFormAsync(string url, string formName,
        IEnumerable<KeyValuePair<string, string>> fields, (string Name, byte[] Content)? file = null)
    {
        var (_, page) = await GetAsync(url);
        var token = Token().Match(page);
        Assert.True(token.Success, "no antiforgery token on " + url);
        HttpContent content;
        if (file is { } f)
        {
            var multipart = new MultipartFormDataContent
            {
                { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
                { new StringContent(formName), "_handler" },
            };
            foreach (var (key, value) in fields) multipart.Add(new StringContent(value), key);
            multipart.Add(new ByteArrayContent(f.Content), "file", f.Name);
            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent([
                new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)), new("_handler", formName), .. fields]);
        }
        using var response = await client.PostAsync(url, content);
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && response.Headers.Location is { } location)
        {
            // Followed here, not by the handler: HttpClient drops the bearer header on redirects.
            var target = location.IsAbsoluteUri ? location : new Uri(client.BaseAddress!, location);
            using var next = await client.GetAsync(target);
            return (next.StatusCode, await next.Content.ReadAsStringAsync(), target);
        }
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.RequestMessage?.RequestUri);
    }

    public void Dispose() => client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
