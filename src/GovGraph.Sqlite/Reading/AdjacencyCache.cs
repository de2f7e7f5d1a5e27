using System.Collections.Concurrent;

namespace GovGraph.Sqlite.Reading;

/// <summary>
/// Relationships of nodes that traversals have read, shared by every request until the next commit. Path
/// searches and neighbourhoods keep coming back to the same hubs (a head of state, a popular concept), whose
/// few hundred relationships cost more to read than the rest of a search; different searches through one hub
/// share its entry. Entries carry the <see cref="ReadSessionPool.Generation"/> they were read in, and any
/// commit (from this process or another) starts a new generation, so a stale entry is never served. Bounded
/// by a total number of relationships: past it, the cache starts empty again rather than track recency.
/// </summary>
internal sealed class AdjacencyCache(int maxRelationships)
{
    private readonly record struct Key(string Label, string Id, int LimitPerType);

    private sealed record Entry(long Generation, Edge[] Edges);

    private readonly ConcurrentDictionary<Key, Entry> _entries = new();
    private int _relationships;

    public bool TryGet(string label, string id, int limitPerType, long generation, out Edge[] edges)
    {
        if (_entries.TryGetValue(new Key(label, id, limitPerType), out var entry) && entry.Generation == generation)
        {
            edges = entry.Edges;
            return true;
        }
        edges = [];
        return false;
    }

    public void Add(string label, string id, int limitPerType, long generation, Edge[] edges)
    {
        if (Interlocked.Add(ref _relationships, edges.Length) > maxRelationships)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _relationships, edges.Length);
        }
        _entries[new Key(label, id, limitPerType)] = new Entry(generation, edges);
    }
}
