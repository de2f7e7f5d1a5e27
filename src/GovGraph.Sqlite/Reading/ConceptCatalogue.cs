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

    // One entry: the whole catalogue, replaced when a new generation reads it.
    private readonly GenerationCache<string, Entry[]> _catalogue = new(1, _ => 1);

    public Entry[] Entries(ReadSession session, long generation) => _catalogue.GetOrRead("concepts", generation, () => Read(session));

    private const string CatalogueSql = $"""
        SELECT {SqliteGraphReader.ConceptSummaryColumns}, c.search FROM concept c {SqliteGraphReader.ConceptCountsJoin}
        ORDER BY coalesce(n.mentions, 0) DESC, c.id
        """;

    private static Entry[] Read(ReadSession session)
    {
        var entries = new List<Entry>();
        using (var reader = session.Command(CatalogueSql).ExecuteReader())
        {
            while (reader.Read())
            {
                entries.Add(new Entry(SqliteGraphReader.ReadConceptSummary(reader), reader.GetString(7)));
            }
        }
        return [.. entries];
    }
}
