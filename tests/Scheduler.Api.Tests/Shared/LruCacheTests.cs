using Scheduler.Api.Shared;

namespace Scheduler.Api.Tests.Shared;

/// <summary>The small cache behind the register and draft caches: bounded, least recently used out first.</summary>
public sealed class LruCacheTests
{
    [Fact]
    public void Set_DropsTheLeastRecentlyUsed_WhenOverCapacity()
    {
        var cache = new LruCache<string, int>(2);
        cache.Set("a", 1);
        cache.Set("b", 2);
        Assert.True(cache.TryGet("a", out _)); // "a" is now the most recently used
        cache.Set("c", 3);

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(1, a);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
    }

    [Fact]
    public void Set_ReplacesTheValue_WhenTheKeyIsKept()
    {
        var cache = new LruCache<string, int>(2);
        cache.Set("a", 1);
        cache.Set("a", 2);

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet("a", out var value));
        Assert.Equal(2, value);
    }
}
