namespace Scheduler.Export.Tests.Support;

/// <summary>A clock that always says the same instant, so calendar stamps can be asserted.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
