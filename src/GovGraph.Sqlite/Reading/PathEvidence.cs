using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Reading;

/// <summary>
/// Why an edge is there, as sentences: a mention's spans, a statement's quote, the sentences that say
/// someone spoke at an event or that a concept was first proposed there, the statements behind
/// ADVOCATES/OPPOSES, and a mention of each concept in documents that share them. At most
/// <see cref="MaxItems"/> per edge; structural edges (BROADER, EDITION_OF, HELD_IN, REPORTS_ON, PUBLISHED_BY) have none.
/// </summary>
internal sealed class PathEvidence(ReadSession session, EvidenceReader evidence)
{
    public const int MaxItems = 5;

    /// <summary>The edge's evidence items; their titles and sentences are read together, in one statement.</summary>
    public IReadOnlyList<EvidenceItem> For(Edge edge) => evidence.Items(Hits(edge));

    private List<EvidenceReader.Hit> Hits(Edge edge) => edge.Type switch
    {
        RelationshipTypes.Mentions => Mentions(edge.StartId, edge.EndLabel, edge.EndId),
        RelationshipTypes.Made => Statement(edge.EndId),
        RelationshipTypes.About or RelationshipTypes.In or RelationshipTypes.At => Statement(edge.StartId),
        RelationshipTypes.SpokeAt => Spans("""
            SELECT document_id, start, end, sentence_start, sentence_end FROM spoke_at
            WHERE person_id = $a AND event_id = $b ORDER BY date, document_id, start LIMIT $max
            """, edge.StartId, edge.EndId),
        RelationshipTypes.FirstProposedAt => Spans("""
            SELECT document_id, start, end, sentence_start, sentence_end FROM first_proposed_at
            WHERE concept_id = $a AND event_id = $b ORDER BY document_id, start LIMIT $max
            """, edge.StartId, edge.EndId),
        RelationshipTypes.Advocates => Stances(edge.StartId, edge.EndId, Stance.Support),
        RelationshipTypes.Opposes => Stances(edge.StartId, edge.EndId, Stance.Oppose),
        RelationshipTypes.CoOccursWith => Shared(edge.StartId, edge.EndId),
        _ => [],
    };

    private List<EvidenceReader.Hit> Mentions(string documentId, string label, string id)
    {
        var spans = Run("SELECT spans FROM mention WHERE document_id = $a AND target_label = $b AND target_id = $c", documentId, label, id)
            .ExecuteScalar() as string;
        return spans is null ? [] : Codecs.DecodeSpans(spans).Take(MaxItems).Select(s => Hit(documentId, s, null, null)).ToList();
    }

    private List<EvidenceReader.Hit> Statement(string statementId) => StatementItems(
        "SELECT document_id, start, end, sentence_start, sentence_end, stance, person_id FROM statement WHERE id = $a", statementId, "", "");

    /// <summary>
    /// The person's first statements with that stance about the concept, by date. The search starts from the
    /// side with fewer statements: a hub concept's statements in date order can run to thousands before the
    /// first one by this person, and a prolific speaker's to thousands before the first about this concept.
    /// </summary>
    private List<EvidenceReader.Hit> Stances(string personId, string conceptId, Stance stance)
    {
        var personFirst = Run("""
            SELECT coalesce((SELECT statements FROM node_count WHERE label = 'Person' AND node_id = $a), 0)
                < coalesce((SELECT statements FROM node_count WHERE label = 'Concept' AND node_id = $b), 0)
            """, personId, conceptId).ScalarInt64() == 1;
        return StatementItems(personFirst ? """
            SELECT s.document_id, s.start, s.end, s.sentence_start, s.sentence_end, s.stance, s.person_id
            FROM statement s CROSS JOIN statement_about a ON a.statement_id = s.id AND a.concept_id = $b
            WHERE s.person_id = $a AND s.stance = $c
            ORDER BY a.published_key, a.document_id, a.start, a.statement_id LIMIT $max
            """ : """
            SELECT s.document_id, s.start, s.end, s.sentence_start, s.sentence_end, s.stance, s.person_id
            FROM statement_about a JOIN statement s ON s.id = a.statement_id
            WHERE a.concept_id = $b AND s.person_id = $a AND s.stance = $c
            ORDER BY a.published_key, a.document_id, a.start, a.statement_id LIMIT $max
            """, personId, conceptId, stance.ToText());
    }

    /// <summary>
    /// The first mention of each concept in the first documents that mention both. Both mentions of a
    /// document share its published key, so walking the rarer concept's mentions in order and probing the
    /// other gives the same documents in the same order, without scanning a hub's tens of thousands of rows.
    /// </summary>
    private List<EvidenceReader.Hit> Shared(string a, string b)
    {
        var aIsRarer = Run("""
            SELECT coalesce((SELECT mention_documents FROM node_count WHERE label = 'Concept' AND node_id = $a), 0)
                <= coalesce((SELECT mention_documents FROM node_count WHERE label = 'Concept' AND node_id = $b), 0)
            """, a, b).ScalarInt64() == 1;
        var (driver, probe) = aIsRarer ? (a, b) : (b, a);
        var items = new List<EvidenceReader.Hit>();
        using var reader = Run("""
            SELECT x.document_id, x.spans, y.spans FROM mention x
            JOIN mention y ON y.document_id = x.document_id AND y.target_label = 'Concept' AND y.target_id = $b
            WHERE x.target_label = 'Concept' AND x.target_id = $a
            ORDER BY x.published_key, x.document_id LIMIT $max
            """, driver, probe).ExecuteReader();
        var (aSpans, bSpans) = aIsRarer ? (1, 2) : (2, 1);
        while (reader.Read() && items.Count < MaxItems)
        {
            var document = reader.GetString(0);
            items.Add(Hit(document, Codecs.DecodeSpans(reader.GetString(aSpans))[0], null, null));
            items.Add(Hit(document, Codecs.DecodeSpans(reader.GetString(bSpans))[0], null, null));
        }
        return items.Take(MaxItems).ToList();
    }

    private List<EvidenceReader.Hit> Spans(string sql, string a, string b)
    {
        var items = new List<EvidenceReader.Hit>();
        using var reader = Run(sql, a, b).ExecuteReader();
        while (reader.Read())
        {
            items.Add(Hit(reader.GetString(0), new Span(reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)), null, null));
        }
        return items;
    }

    private List<EvidenceReader.Hit> StatementItems(string sql, string a, string b, string c)
    {
        var items = new List<EvidenceReader.Hit>();
        using var reader = Run(sql, a, b, c).ExecuteReader();
        while (reader.Read())
        {
            items.Add(Hit(reader.GetString(0), new Span(reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)),
                Codecs.ToStance(reader.GetString(5)), reader.GetString(6)));
        }
        return items;
    }

    private SqliteCommand Run(string sql, string a, string b, string c = "")
    {
        var command = session.Command(sql);
        foreach (var (name, value) in new[] { ("$a", a), ("$b", b), ("$c", c) })
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                command.Bind(name, value);
            }
        }
        if (sql.Contains("$max", StringComparison.Ordinal))
        {
            command.Bind("$max", MaxItems);
        }
        return command;
    }

    private static EvidenceReader.Hit Hit(string documentId, Span span, Stance? stance, string? personId) =>
        new("", documentId, span, stance, personId);
}
