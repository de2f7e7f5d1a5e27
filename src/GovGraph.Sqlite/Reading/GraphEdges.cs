using GovGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Reading;

/// <summary>A relationship as the traversals see it: typed, directed, with its endpoints' labels.</summary>
internal readonly record struct Edge(string Type, string StartLabel, string StartId, string EndLabel, string EndId, double? Weight)
{
    public (string Label, string Id) Other(string id) => StartId == id ? (EndLabel, EndId) : (StartLabel, StartId);
}

/// <summary>
/// Every relationship of one node, read hop by hop through indexed lookups (both directions), so a
/// traversal touches only what it visits, and kept for the next traversal until the next commit. Each
/// query takes $id and $limit; rows are ordered so that a capped read keeps the most useful neighbours
/// (heaviest, newest).
/// </summary>
internal sealed class GraphEdges(ReadSession session, GenerationCache<GraphEdges.Key, Edge[]> cache, long generation)
{
    private delegate Edge EdgeReader(SqliteDataReader row, string id);

    // Kind, when set, is bound as $kind (the label or relationship type the query is for), so the SQL text stays constant.
    private readonly record struct EdgeQuery(string Sql, EdgeReader Read, string? Kind = null);

    private static readonly Dictionary<string, EdgeQuery[]> QueriesByLabel = new(StringComparer.Ordinal)
    {
        [NodeLabels.Document] =
        [
            new("SELECT target_label, target_id, count FROM mention WHERE document_id = $id ORDER BY count DESC, target_id LIMIT $limit",
                (r, id) => new(RelationshipTypes.Mentions, NodeLabels.Document, id, r.GetString(0), r.GetString(1), r.GetInt32(2))),
            new("SELECT type, target_label, target_id FROM document_link WHERE document_id = $id ORDER BY type, target_id LIMIT $limit",
                (r, id) => new(r.GetString(0), NodeLabels.Document, id, r.GetString(1), r.GetString(2), null)),
            new("SELECT id FROM statement WHERE document_id = $id ORDER BY start, id LIMIT $limit",
                (r, id) => new(RelationshipTypes.In, NodeLabels.Statement, r.GetString(0), NodeLabels.Document, id, null)),
        ],
        [NodeLabels.Concept] =
        [
            new("SELECT broader_id FROM concept_broader WHERE concept_id = $id ORDER BY broader_id LIMIT $limit",
                (r, id) => new(RelationshipTypes.Broader, NodeLabels.Concept, id, NodeLabels.Concept, r.GetString(0), null)),
            new("SELECT concept_id FROM concept_broader WHERE broader_id = $id ORDER BY concept_id LIMIT $limit",
                (r, id) => new(RelationshipTypes.Broader, NodeLabels.Concept, r.GetString(0), NodeLabels.Concept, id, null)),
            new("SELECT end_id FROM fact_edge WHERE type = 'FIRST_PROPOSED_AT' AND start_id = $id ORDER BY end_id LIMIT $limit",
                (r, id) => new(RelationshipTypes.FirstProposedAt, NodeLabels.Concept, id, NodeLabels.Event, r.GetString(0), null)),
            new("SELECT person_id, support FROM person_stance WHERE concept_id = $id AND support > 0 ORDER BY support DESC, person_id LIMIT $limit",
                (r, id) => new(RelationshipTypes.Advocates, NodeLabels.Person, r.GetString(0), NodeLabels.Concept, id, r.GetInt32(1))),
            new("SELECT person_id, oppose FROM person_stance WHERE concept_id = $id AND oppose > 0 ORDER BY oppose DESC, person_id LIMIT $limit",
                (r, id) => new(RelationshipTypes.Opposes, NodeLabels.Person, r.GetString(0), NodeLabels.Concept, id, r.GetInt32(1))),
            new("""
                SELECT a, b, documents FROM (SELECT a, b, documents FROM co_occurrence WHERE a = $id
                                             UNION ALL SELECT a, b, documents FROM co_occurrence WHERE b = $id)
                ORDER BY documents DESC, a, b LIMIT $limit
                """,
                (r, _) => new(RelationshipTypes.CoOccursWith, NodeLabels.Concept, r.GetString(0), NodeLabels.Concept, r.GetString(1), r.GetInt32(2))),
            new("SELECT statement_id FROM statement_about WHERE concept_id = $id ORDER BY published_key DESC, document_id DESC, start DESC, statement_id DESC LIMIT $limit",
                (r, id) => new(RelationshipTypes.About, NodeLabels.Statement, r.GetString(0), NodeLabels.Concept, id, null)),
            MentionedBy(NodeLabels.Concept),
        ],
        [NodeLabels.Person] =
        [
            new("SELECT concept_id, support FROM person_stance WHERE person_id = $id AND support > 0 ORDER BY support DESC, concept_id LIMIT $limit",
                (r, id) => new(RelationshipTypes.Advocates, NodeLabels.Person, id, NodeLabels.Concept, r.GetString(0), r.GetInt32(1))),
            new("SELECT concept_id, oppose FROM person_stance WHERE person_id = $id AND oppose > 0 ORDER BY oppose DESC, concept_id LIMIT $limit",
                (r, id) => new(RelationshipTypes.Opposes, NodeLabels.Person, id, NodeLabels.Concept, r.GetString(0), r.GetInt32(1))),
            new("SELECT end_id FROM fact_edge WHERE type = 'SPOKE_AT' AND start_id = $id ORDER BY end_id LIMIT $limit",
                (r, id) => new(RelationshipTypes.SpokeAt, NodeLabels.Person, id, NodeLabels.Event, r.GetString(0), null)),
            new("SELECT id FROM statement WHERE person_id = $id AND speaker_label = 'Person' ORDER BY id LIMIT $limit",
                (r, id) => new(RelationshipTypes.Made, NodeLabels.Person, id, NodeLabels.Statement, r.GetString(0), null)),
            new("SELECT c.id FROM person p JOIN country c ON c.id = p.country WHERE p.id = $id LIMIT $limit",
                (r, id) => new(RelationshipTypes.From, NodeLabels.Person, id, NodeLabels.Country, r.GetString(0), null)),
            MentionedBy(NodeLabels.Person),
        ],
        [NodeLabels.Country] =
        [
            new("SELECT id FROM person WHERE country = $id ORDER BY id LIMIT $limit",
                (r, id) => new(RelationshipTypes.From, NodeLabels.Person, r.GetString(0), NodeLabels.Country, id, null)),
            LinkedFrom(RelationshipTypes.SpeaksFor),
        ],
        [NodeLabels.Statement] =
        [
            new("SELECT person_id, speaker_label FROM statement WHERE id = $id LIMIT $limit",
                (r, id) => new(RelationshipTypes.Made, r.GetString(1), r.GetString(0), NodeLabels.Statement, id, null)),
            new("SELECT document_id FROM statement WHERE id = $id LIMIT $limit",
                (r, id) => new(RelationshipTypes.In, NodeLabels.Statement, id, NodeLabels.Document, r.GetString(0), null)),
            new("SELECT event_id FROM statement WHERE id = $id AND event_id IS NOT NULL LIMIT $limit",
                (r, id) => new(RelationshipTypes.At, NodeLabels.Statement, id, NodeLabels.Event, r.GetString(0), null)),
            new("SELECT concept_id FROM statement_about WHERE statement_id = $id ORDER BY concept_id LIMIT $limit",
                (r, id) => new(RelationshipTypes.About, NodeLabels.Statement, id, NodeLabels.Concept, r.GetString(0), null)),
        ],
        [NodeLabels.Event] =
        [
            new("SELECT series_id FROM event WHERE id = $id AND series_id IS NOT NULL LIMIT $limit",
                (r, id) => new(RelationshipTypes.EditionOf, NodeLabels.Event, id, NodeLabels.EventSeries, r.GetString(0), null)),
            new("SELECT place_id FROM event WHERE id = $id AND place_id IS NOT NULL LIMIT $limit",
                (r, id) => new(RelationshipTypes.HeldIn, NodeLabels.Event, id, NodeLabels.Place, r.GetString(0), null)),
            new("SELECT start_id FROM fact_edge WHERE type = 'SPOKE_AT' AND end_id = $id ORDER BY start_id LIMIT $limit",
                (r, id) => new(RelationshipTypes.SpokeAt, NodeLabels.Person, r.GetString(0), NodeLabels.Event, id, null)),
            new("SELECT start_id FROM fact_edge WHERE type = 'FIRST_PROPOSED_AT' AND end_id = $id ORDER BY start_id LIMIT $limit",
                (r, id) => new(RelationshipTypes.FirstProposedAt, NodeLabels.Concept, r.GetString(0), NodeLabels.Event, id, null)),
            new("SELECT id FROM statement WHERE event_id = $id ORDER BY id LIMIT $limit",
                (r, id) => new(RelationshipTypes.At, NodeLabels.Statement, r.GetString(0), NodeLabels.Event, id, null)),
            LinkedFrom(RelationshipTypes.ReportsOn),
            MentionedBy(NodeLabels.Event),
        ],
        [NodeLabels.EventSeries] =
        [
            new("SELECT id FROM event WHERE series_id = $id ORDER BY edition, id LIMIT $limit",
                (r, id) => new(RelationshipTypes.EditionOf, NodeLabels.Event, r.GetString(0), NodeLabels.EventSeries, id, null)),
        ],
        [NodeLabels.Place] =
        [
            new("SELECT id FROM event WHERE place_id = $id ORDER BY id LIMIT $limit",
                (r, id) => new(RelationshipTypes.HeldIn, NodeLabels.Event, r.GetString(0), NodeLabels.Place, id, null)),
            MentionedBy(NodeLabels.Place),
        ],
        [NodeLabels.Organization] =
        [
            LinkedFrom(RelationshipTypes.PublishedBy),
            new("SELECT id FROM statement WHERE person_id = $id AND speaker_label = 'Organization' ORDER BY id LIMIT $limit",
                (r, id) => new(RelationshipTypes.Made, NodeLabels.Organization, id, NodeLabels.Statement, r.GetString(0), null)),
            MentionedBy(NodeLabels.Organization),
        ],
    };

    /// <summary>
    /// The node's relationships, at most <paramref name="limitPerType"/> from each query (-1: no limit), in
    /// query order. Read once per commit generation: later calls, from this request or another, get the
    /// cached array (see <see cref="GenerationCache{TKey, TValue}"/>).
    /// </summary>
    public Edge[] Of(string label, string id, int limitPerType) =>
        cache.GetOrRead(new Key(label, id, limitPerType), generation, () => Read(label, id, limitPerType));

    /// <summary>What a node's cached relationships are keyed by.</summary>
    public readonly record struct Key(string Label, string Id, int LimitPerType);

    private Edge[] Read(string label, string id, int limitPerType)
    {
        if (!QueriesByLabel.TryGetValue(label, out var queries))
        {
            return [];
        }
        var edges = new List<Edge>();
        foreach (var query in queries)
        {
            var command = session.Command(query.Sql);
            if (query.Kind is not null)
            {
                command.Bind("$kind", query.Kind);
            }
            using var reader = command.Bind("$id", id).Bind("$limit", limitPerType).ExecuteReader();
            while (reader.Read())
            {
                edges.Add(query.Read(reader, id));
            }
        }
        return [.. edges];
    }

    // Newest documents first: the index on mention(target_label, target_id, published_key, document_id) read backwards.
    private static EdgeQuery MentionedBy(string label) => new(
        "SELECT document_id, count FROM mention WHERE target_label = $kind AND target_id = $id ORDER BY published_key DESC, document_id DESC LIMIT $limit",
        (r, id) => new(RelationshipTypes.Mentions, NodeLabels.Document, r.GetString(0), label, id, r.GetInt32(1)),
        label);

    private static EdgeQuery LinkedFrom(string type) => new(
        "SELECT document_id FROM document_link WHERE target_id = $id AND type = $kind ORDER BY document_id LIMIT $limit",
        (r, id) => new(type, NodeLabels.Document, r.GetString(0), GraphModel.DocumentLinkTarget(type), id, null),
        type);
}
