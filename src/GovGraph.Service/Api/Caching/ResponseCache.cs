using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Primitives;

namespace GovGraph.Service.Api.Caching;

/// <summary>One kept 200 answer: its bytes, the headers the endpoint set, its ETag, and the commit generation it was read in.</summary>
public sealed class CachedResponse(long generation, byte[] body, KeyValuePair<string, StringValues>[] headers, string etag)
{
    public long Generation { get; } = generation;

    public byte[] Body { get; } = body;

    public KeyValuePair<string, StringValues>[] Headers { get; } = headers;

    public string ETag { get; } = etag;

    /// <summary>The body plus a rough allowance for the key, headers and object, so many tiny answers still count.</summary>
    public long Weight => Body.Length + 512L;

    /// <summary>When it was last served (Stopwatch ticks); a plain write, since eviction only needs it roughly.</summary>
    internal long LastUsed;
}

/// <summary>
/// The API's answers kept for one commit generation of the store (<see cref="Core.Storage.IReadGenerations"/>):
/// an entry is served only while the store reports the generation it was read in, and a newer generation empties
/// the cache, since nothing older can be served again. Bounded in bytes: past the bound, the least recently
/// served entries go until a quarter of the room is free, so a hit stays one dictionary lookup and no list is
/// kept in order.
/// </summary>
public sealed class ResponseCache(long maxBytes)
{
    private readonly ConcurrentDictionary<string, CachedResponse> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _generation = long.MinValue;
    private long _bytes;

    /// <summary>An answer over this size is not kept: a few of them would push out hundreds of ordinary ones.</summary>
    public long MaxEntryBytes { get; } = Math.Max(1, maxBytes / 16);

    public long Bytes => Interlocked.Read(ref _bytes);

    public int Count => _entries.Count;

    public bool TryGet(string key, long generation, out CachedResponse entry)
    {
        if (_entries.TryGetValue(key, out entry!) && entry.Generation == generation)
        {
            entry.LastUsed = Stopwatch.GetTimestamp();
            return true;
        }
        return false;
    }

    /// <summary>Keeps an answer read in <paramref name="entry"/>'s generation; one from an older generation than the cache's is dropped.</summary>
    public void Add(string key, CachedResponse entry)
    {
        if (entry.Weight > MaxEntryBytes)
        {
            return;
        }
        if (entry.Generation != Interlocked.Read(ref _generation) && !EnterGeneration(entry.Generation))
        {
            return;
        }
        entry.LastUsed = Stopwatch.GetTimestamp();
        long added;
        while (true)
        {
            if (_entries.TryGetValue(key, out var previous))
            {
                if (_entries.TryUpdate(key, entry, previous))
                {
                    added = entry.Weight - previous.Weight;
                    break;
                }
            }
            else if (_entries.TryAdd(key, entry))
            {
                added = entry.Weight;
                break;
            }
        }
        if (Interlocked.Add(ref _bytes, added) > maxBytes)
        {
            Evict(maxBytes);
        }
    }

    /// <summary>Moves to a newer generation, dropping every older entry (none can be served again); false for an older one.</summary>
    private bool EnterGeneration(long generation)
    {
        lock (_lock)
        {
            if (generation < _generation)
            {
                return false;
            }
            if (generation > _generation)
            {
                Interlocked.Exchange(ref _generation, generation);
                RemoveWhere(entry => entry.Generation < generation);
            }
            return true;
        }
    }

    /// <summary>The least recently served entries go until a quarter of the room is free.</summary>
    private void Evict(long bound)
    {
        lock (_lock)
        {
            if (Interlocked.Read(ref _bytes) > bound)
            {
                var byAge = _entries.ToArray().OrderBy(pair => pair.Value.LastUsed).Select(pair => pair.Value).ToList();
                var oldest = new HashSet<CachedResponse>();
                var target = bound - bound / 4;
                var remaining = Interlocked.Read(ref _bytes);
                foreach (var entry in byAge)
                {
                    if (remaining <= target)
                    {
                        break;
                    }
                    oldest.Add(entry);
                    remaining -= entry.Weight;
                }
                RemoveWhere(oldest.Contains);
            }
        }
    }

    /// <summary>Removes the entries the predicate picks, each only if it is still the one under its key, keeping the byte count exact.</summary>
    private void RemoveWhere(Func<CachedResponse, bool> pick)
    {
        foreach (var pair in _entries)
        {
            if (pick(pair.Value) && _entries.TryRemove(pair))
            {
                Interlocked.Add(ref _bytes, -pair.Value.Weight);
            }
        }
    }
}
