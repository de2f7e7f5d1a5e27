using GovGraph.Service.Api.Caching;
using Xunit;

namespace GovGraph.Service.Tests.Api;

/// <summary>The cache's own bookkeeping: its byte bound, which entries go first, and generations.</summary>
public sealed class ResponseCacheBoundTests
{
    private const long Room = 64 * 1024;

    [Fact]
    public void Past_its_room_the_least_recently_served_answers_go_first()
    {
        var cache = new ResponseCache(Room);
        for (var i = 0; i < 40; i++)
        {
            cache.Add($"k{i}", Entry(1, 2000));
            // k0 is asked for all along: it stays while answers kept after it go.
            Assert.True(cache.TryGet("k0", 1, out _));
        }
        Assert.InRange(cache.Bytes, 1, Room);
        Assert.True(cache.TryGet("k0", 1, out _));
        Assert.False(cache.TryGet("k1", 1, out _));
        Assert.True(cache.TryGet("k39", 1, out _));
    }

    [Fact]
    public void A_newer_generation_drops_every_older_answer_and_an_older_one_is_not_kept()
    {
        var cache = new ResponseCache(Room);
        cache.Add("a", Entry(5, 100));
        cache.Add("b", Entry(5, 100));
        Assert.False(cache.TryGet("a", 6, out _));

        cache.Add("c", Entry(6, 100));
        Assert.Equal(1, cache.Count);
        cache.Add("a", Entry(5, 100));
        Assert.False(cache.TryGet("a", 5, out _));
        Assert.True(cache.TryGet("c", 6, out _));
        Assert.Equal(Entry(6, 100).Weight, cache.Bytes);
    }

    [Fact]
    public void An_answer_too_large_for_a_sixteenth_of_the_room_is_not_kept()
    {
        var cache = new ResponseCache(Room);
        cache.Add("big", Entry(1, (int)(Room / 16)));
        Assert.False(cache.TryGet("big", 1, out _));
        Assert.Equal(0, cache.Bytes);
    }

    private static CachedResponse Entry(long generation, int bytes) => new(generation, new byte[bytes], [], "\"x\"");
}
