using System.Runtime.CompilerServices;
using GovGraph.Core.Graph;
using GovGraph.Core.Storage;
using GovGraph.Sqlite.Reading;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite;

/// <summary>
/// The embedded store read back as the batches that wrote it, for `govgraph copy`: each document with its text,
/// the nodes it supports (document_node, plus the series and places of its events, which a write references)
/// and its facts (mentions span by span, statements, appearances, first proposals, links).
/// </summary>
internal sealed partial class SqliteGraphReader : IGraphSource
{
    public Task<IReadOnlyList<ConceptNode>> GetTaxonomyConceptsAsync(CancellationToken cancellationToken) =>
        Read<IReadOnlyList<ConceptNode>>(session => ReadConcepts(session, "c.status = 'taxonomy'", null), cancellationToken);

    public Task<int> CountDocumentsAsync(CancellationToken cancellationToken) =>
        Read(session => (int)session.Command("SELECT count(*) FROM document").ScalarInt64(), cancellationToken);

    public async IAsyncEnumerable<GraphBatch> ReadBatchesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = await Read(session =>
        {
            using var reader = session.Command("SELECT id FROM document ORDER BY id").ExecuteReader();
            var list = new List<string>();
            while (reader.Read())
            {
                list.Add(reader.GetString(0));
            }
            return list;
        }, cancellationToken).ConfigureAwait(false);
        foreach (var id in ids)
        {
            // A document deleted since the list was read is skipped: the copy is of what is stored.
            if (await Read(session => ReadBatch(session, id), cancellationToken).ConfigureAwait(false) is { } batch)
            {
                yield return batch;
            }
        }
    }

    private static GraphBatch? ReadBatch(ReadSession session, string id)
    {
        DocumentNode document;
        string sourceKey;
        using (var reader = session.Command($"""
            SELECT d.source_key, d.title, d.uri, d.source, d.language, d.published, d.country, d.ingested_at, d.extractor_version, {StoredText.Columns}
            FROM document d LEFT JOIN document_text t ON t.document_id = d.id WHERE d.id = $id
            """).Bind("$id", id).ExecuteReader())
        {
            if (!reader.Read())
            {
                return null;
            }
            sourceKey = reader.GetString(0);
            document = new DocumentNode
            {
                Id = id,
                Title = reader.GetString(1),
                Uri = reader.NullableString(2),
                Source = reader.NullableString(3),
                Language = reader.GetString(4),
                Published = reader.NullableString(5),
                Country = reader.NullableString(6),
                IngestedAt = Codecs.FromIso(reader.GetString(7)),
                ExtractorVersion = reader.GetString(8),
                Text = StoredText.Read(reader, 9).Whole(),
            };
        }
        var events = ReadEvents(session, id);
        return new GraphBatch
        {
            Document = document,
            SourceKey = sourceKey,
            Concepts = ReadConcepts(session, "c.id IN (SELECT node_id FROM document_node WHERE document_id = $id AND label = 'Concept')", id),
            People = ReadPeople(session, id),
            Organizations = ReadNamed(session, "organization", NodeLabels.Organization, id, events)
                .Select(n => new OrganizationNode { Id = n.Id, Name = n.Name, NameZh = n.NameZh }).ToList(),
            Places = ReadPlaces(session, id, events),
            Countries = ReadNamed(session, "country", NodeLabels.Country, id, events)
                .Select(n => new CountryNode { Id = n.Id, Name = n.Name, NameZh = n.NameZh }).ToList(),
            Events = events,
            EventSeries = ReadSeries(session, id, events),
            Mentions = ReadMentionFacts(session, id),
            Statements = ReadStatementFacts(session, id),
            SpokeAt = ReadSpokeAt(session, id),
            FirstProposedAt = ReadFirstProposedAt(session, id),
            Links = ReadLinks(session, id),
        };
    }

    private static List<ConceptNode> ReadConcepts(ReadSession session, string condition, string? id)
    {
        var command = session.Command($"""
            SELECT c.id, c.name, c.name_zh, c.category, c.definition, c.status, c.aliases, c.exact_match, c.close_match, c.broad_match,
                   (SELECT json_group_array(broader_id) FROM (SELECT broader_id FROM concept_broader WHERE concept_id = c.id ORDER BY broader_id))
            FROM concept c WHERE {condition} ORDER BY c.id
            """);
        if (id is not null)
        {
            command.Bind("$id", id);
        }
        using var reader = command.ExecuteReader();
        var concepts = new List<ConceptNode>();
        while (reader.Read())
        {
            concepts.Add(new ConceptNode
            {
                Id = reader.GetString(0),
                Name = reader.GetString(1),
                NameZh = reader.NullableString(2),
                Category = reader.GetString(3),
                Definition = reader.NullableString(4),
                Status = Codecs.ToConceptStatus(reader.GetString(5)),
                Aliases = Codecs.DecodeList(reader.GetString(6)),
                ExactMatch = Codecs.DecodeList(reader.GetString(7)),
                CloseMatch = Codecs.DecodeList(reader.GetString(8)),
                BroadMatch = Codecs.DecodeList(reader.GetString(9)),
                Broader = Codecs.DecodeList(reader.GetString(10)),
            });
        }
        return concepts;
    }

    private static List<PersonNode> ReadPeople(ReadSession session, string id)
    {
        using var reader = session.Command("""
            SELECT p.id, p.name, p.name_zh, p.aliases, p.titles, p.country FROM person p
            WHERE p.id IN (SELECT node_id FROM document_node WHERE document_id = $id AND label = 'Person') ORDER BY p.id
            """).Bind("$id", id).ExecuteReader();
        var people = new List<PersonNode>();
        while (reader.Read())
        {
            people.Add(new PersonNode
            {
                Id = reader.GetString(0), Name = reader.GetString(1), NameZh = reader.NullableString(2),
                Aliases = Codecs.DecodeList(reader.GetString(3)), Titles = Codecs.DecodeList(reader.GetString(4)), Country = reader.NullableString(5),
            });
        }
        return people;
    }

    private static List<EventNode> ReadEvents(ReadSession session, string id)
    {
        using var reader = session.Command("""
            SELECT e.id, e.name, e.series_id, e.edition, e.year, e.date, e.place_id FROM event e
            WHERE e.id IN (SELECT node_id FROM document_node WHERE document_id = $id AND label = 'Event') ORDER BY e.id
            """).Bind("$id", id).ExecuteReader();
        var events = new List<EventNode>();
        while (reader.Read())
        {
            events.Add(new EventNode
            {
                Id = reader.GetString(0), Name = reader.GetString(1), Series = reader.NullableString(2), Edition = reader.NullableInt32(3),
                Year = reader.NullableInt32(4), Date = reader.NullableString(5), Place = reader.NullableString(6),
            });
        }
        return events;
    }

    private readonly record struct Named(string Id, string Name, string? NameZh, string? Country);

    /// <summary>Nodes of a simple table the document supports, and (for places) those its events are held in.</summary>
    private static List<Named> ReadNamed(ReadSession session, string table, string label, string id, IReadOnlyList<EventNode> events)
    {
        var extra = label == NodeLabels.Place ? events.Select(e => e.Place).OfType<string>().ToList() : [];
        var country = table == "place" ? "t.country" : "NULL";
        using var reader = session.Command($"""
            SELECT t.id, t.name, t.name_zh, {country} FROM {table} t
            WHERE t.id IN (SELECT node_id FROM document_node WHERE document_id = $id AND label = $label)
               OR t.id IN (SELECT value FROM json_each($extra))
            ORDER BY t.id
            """).Bind("$id", id).Bind("$label", label).Bind("$extra", System.Text.Json.JsonSerializer.Serialize(extra)).ExecuteReader();
        var nodes = new List<Named>();
        while (reader.Read())
        {
            nodes.Add(new Named(reader.GetString(0), reader.GetString(1), reader.NullableString(2), reader.NullableString(3)));
        }
        return nodes;
    }

    private static List<PlaceNode> ReadPlaces(ReadSession session, string id, IReadOnlyList<EventNode> events) =>
        ReadNamed(session, "place", NodeLabels.Place, id, events).Select(n => new PlaceNode { Id = n.Id, Name = n.Name, NameZh = n.NameZh, Country = n.Country }).ToList();

    private static List<EventSeriesNode> ReadSeries(ReadSession session, string id, IReadOnlyList<EventNode> events)
    {
        var extra = events.Select(e => e.Series).OfType<string>().ToList();
        using var reader = session.Command("""
            SELECT s.id, s.name, s.acronym FROM event_series s
            WHERE s.id IN (SELECT node_id FROM document_node WHERE document_id = $id AND label = 'EventSeries')
               OR s.id IN (SELECT value FROM json_each($extra))
            ORDER BY s.id
            """).Bind("$id", id).Bind("$extra", System.Text.Json.JsonSerializer.Serialize(extra)).ExecuteReader();
        var series = new List<EventSeriesNode>();
        while (reader.Read())
        {
            series.Add(new EventSeriesNode { Id = reader.GetString(0), Name = reader.GetString(1), Acronym = reader.NullableString(2) });
        }
        return series;
    }

    private static List<Mention> ReadMentionFacts(ReadSession session, string id)
    {
        using var reader = session.Command("SELECT target_label, target_id, spans FROM mention WHERE document_id = $id ORDER BY target_label, target_id")
            .Bind("$id", id).ExecuteReader();
        var mentions = new List<Mention>();
        while (reader.Read())
        {
            var (label, target) = (reader.GetString(0), reader.GetString(1));
            mentions.AddRange(Codecs.DecodeSpans(reader.GetString(2)).Select(span => new Mention(label, target, span)));
        }
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return mentions;
    }

    private static List<StatementFact> ReadStatementFacts(ReadSession session, string id)
    {
        using var reader = session.Command("""
            SELECT s.id, s.person_id, s.verb, s.stance, s.quote, s.start, s.end, s.sentence_start, s.sentence_end, s.event_id,
                   (SELECT json_group_array(concept_id) FROM (SELECT concept_id FROM statement_about WHERE statement_id = s.id ORDER BY concept_id)),
                   s.speaker_label
            FROM statement s WHERE s.document_id = $id ORDER BY s.start, s.id
            """).Bind("$id", id).ExecuteReader();
        var statements = new List<StatementFact>();
        while (reader.Read())
        {
            statements.Add(new StatementFact
            {
                Id = reader.GetString(0), PersonId = reader.GetString(1), Verb = reader.GetString(2), Stance = Codecs.ToStance(reader.GetString(3)),
                Quote = reader.GetString(4), Span = SpanAt(reader, 5), EventId = reader.NullableString(9), ConceptIds = Codecs.DecodeList(reader.GetString(10)),
                SpeakerLabel = reader.GetString(11),
            });
        }
        return statements;
    }

    private static List<SpokeAtFact> ReadSpokeAt(ReadSession session, string id)
    {
        using var reader = session.Command("""
            SELECT person_id, event_id, date, mode, start, end, sentence_start, sentence_end FROM spoke_at WHERE document_id = $id ORDER BY start, person_id, event_id
            """).Bind("$id", id).ExecuteReader();
        var facts = new List<SpokeAtFact>();
        while (reader.Read())
        {
            facts.Add(new SpokeAtFact(reader.GetString(0), reader.GetString(1), reader.NullableString(2), reader.NullableString(3), SpanAt(reader, 4)));
        }
        return facts;
    }

    private static List<FirstProposedAtFact> ReadFirstProposedAt(ReadSession session, string id)
    {
        using var reader = session.Command("""
            SELECT concept_id, event_id, start, end, sentence_start, sentence_end FROM first_proposed_at WHERE document_id = $id ORDER BY start, concept_id, event_id
            """).Bind("$id", id).ExecuteReader();
        var facts = new List<FirstProposedAtFact>();
        while (reader.Read())
        {
            facts.Add(new FirstProposedAtFact(reader.GetString(0), reader.GetString(1), SpanAt(reader, 2)));
        }
        return facts;
    }

    private static List<DocumentLink> ReadLinks(ReadSession session, string id)
    {
        using var reader = session.Command("SELECT type, target_id FROM document_link WHERE document_id = $id ORDER BY type, target_id").Bind("$id", id).ExecuteReader();
        var links = new List<DocumentLink>();
        while (reader.Read())
        {
            links.Add(new DocumentLink(reader.GetString(0), reader.GetString(1)));
        }
        return links;
    }

    private static Span SpanAt(SqliteDataReader reader, int first) =>
        new(reader.GetInt32(first), reader.GetInt32(first + 1), reader.GetInt32(first + 2), reader.GetInt32(first + 3));
}
