using System.Collections.Concurrent;

namespace GovGraph.Sqlite.Reading;

/// <summary>
/// Values read from the store, shared by every request until the next commit. Entries carry the
/// <see cref="ReadSessionPool.Generation"/> they were read in, and any commit (from this process or another)
/// starts a new generation, so a stale entry is never served. Bounded by a total weight (relationships,
/// evidence items): past it, the cache starts empty again rather than track recency, which keeps a hit to
/// one dictionary lookup.
/// </summary>
internal sealed class GenerationCache<TKey, TValue>(int maxWeight, Func<TValue, int> weigh) where TKey : notnull
{
    private sealed record Entry(long Generation, TValue Value);

    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();
    private int _weight;

    /// <summary>The cached value for the key in this generation, or the one <paramref name="read"/> returns, kept for the next caller.</summary>
    public TValue GetOrRead(TKey key, long generation, Func<TValue> read)
    {
        if (TryGet(key, generation, out var cached))
        {
            return cached;
        }
        var value = read();
        Add(key, generation, value);
        return value;
    }

    public bool TryGet(TKey key, long generation, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Generation == generation)
        {
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>Keeps a value read in <paramref name="generation"/>; the caller read it after that generation began.</summary>
    public void Add(TKey key, long generation, TValue value)
    {
        var weight = weigh(value);
        if (Interlocked.Add(ref _weight, weight) > maxWeight)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _weight, weight);
        }
        _entries[key] = new Entry(generation, value);
    }
}
