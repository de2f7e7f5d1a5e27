using GovGraph.Core.Queries;

namespace GovGraph.Sqlite.Reading;

/// <summary>
/// Every concept with its counts and search text, in list order (mentions descending, then id), read once
/// per commit generation (see <see cref="ReadSessionPool.Generation"/>). A search then filters in memory:
/// an ordinal substring test over a few hundred short strings costs microseconds, where SQLite's LIKE over
/// the same text, with the sort and the count, cost a quarter of a millisecond per request. The concept
/// table stays small (the taxonomy plus candidates); documents and statements are never held here.
/// </summary>
internal sealed class ConceptCatalogue
{
    /// <summary>One concept: what a list shows, and the lower-cased names and aliases a search looks in.</summary>
    public readonly record struct Entry(ConceptSummary Summary, string Search);

    private sealed record Snapshot(long Generation, Entry[] Entries);

    private Snapshot? _snapshot;

    public Entry[] Entries(ReadSession session, long generation)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot?.Generation == generation)
        {
            return snapshot.Entries;
        }
        var entries = new List<Entry>();
        using (var reader = session.Command("""
            SELECT c.id, c.name, c.name_zh, c.category, c.status, coalesce(n.mentions, 0), coalesce(n.mention_documents, 0), c.search
            FROM concept c LEFT JOIN node_count n ON n.label = 'Concept' AND n.node_id = c.id
            ORDER BY coalesce(n.mentions, 0) DESC, c.id
            """).ExecuteReader())
        {
            while (reader.Read())
            {
                var summary = new ConceptSummary(reader.GetString(0), reader.GetString(1), reader.NullableString(2), reader.GetString(3),
                    Codecs.ToConceptStatus(reader.GetString(4)), reader.GetInt32(5), reader.GetInt32(6));
                entries.Add(new Entry(summary, reader.GetString(7)));
            }
        }
        var fresh = new Snapshot(generation, [.. entries]);
        Volatile.Write(ref _snapshot, fresh);
        return fresh.Entries;
    }
}
