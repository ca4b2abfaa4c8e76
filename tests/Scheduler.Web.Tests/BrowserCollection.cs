namespace Scheduler.Web.Tests;

/// <summary>Every browser test shares one running service, one database and one Chromium (starting them takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<WebApp>
{
    public const string Name = "browser";
}
