using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using static GovGraph.Neo4j.Store.RecordMapping;

namespace GovGraph.Neo4j.Store;

// The read side: one query-*.cypher per IGraphQueries member, all run with accessMode Read.
public sealed partial class Neo4jGraphStore
{
    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var r = (await ReadAsync("query-stats", cancellationToken)).Single()!.Value;
        return new GraphStats(r.Int("documents"), r.Int("concepts"), r.Int("candidateConcepts"), r.Int("people"), r.Int("events"),
            r.Int("statements"), r.Int("mentions"), r.Int("deadLetters"));
    }

    public async Task<Page<DocumentSummary>> ListDocumentsAsync(PageRequest page, CancellationToken cancellationToken) =>
        Page(await ReadAsync("query-documents", cancellationToken, Paging(page)), page, Document);

    public async Task<DocumentDetail?> GetDocumentAsync(string documentId, CancellationToken cancellationToken)
    {
        if ((await ReadAsync("query-document", cancellationToken, ("documentId", documentId))).Single() is not { } r)
        {
            return null;
        }
        var d = r.Map("document");
        var mentions = Maps(r["mentions"]).Select(m => new NodeMentionCount(
            Required(m, "label"), Required(m, "id"), S(m, "name") ?? "", I(m, "count"), SpanText.Parse(S(m, "spans")))).ToList();
        return new DocumentDetail(Document(d), DateTimeOffset.Parse(Required(d, "ingestedAt"), System.Globalization.CultureInfo.InvariantCulture),
            Required(d, "extractorVersion"), I(d, "length"), mentions, Maps(r["statements"]).Select(StatementOf).ToList());
    }

    public async Task<Page<ConceptSummary>> ListConceptsAsync(ConceptFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var query = string.IsNullOrWhiteSpace(filter.Query) ? null : filter.Query.Trim().ToLowerInvariant();
        var status = filter.Status is { } s ? BatchRows.Status(s) : null;
        return Page(await ReadAsync("query-concepts", cancellationToken, [("query", query), ("category", filter.Category), ("status", status), .. Paging(page)]), page, Concept);
    }

    public async Task<ConceptDetail?> GetConceptAsync(string conceptId, CancellationToken cancellationToken)
    {
        if ((await ReadAsync("query-concept", cancellationToken, ("conceptId", conceptId))).Single() is not { } r)
        {
            return null;
        }
        var c = r.Map("concept");
        return new ConceptDetail(Concept(c), S(c, "definition"), Strings(c, "aliases"),
            Maps(r["broader"]).Select(Ref).ToList(), Maps(r["narrower"]).Select(Ref).ToList(),
            r.String("firstSeen"), r.String("lastSeen"), Maps(r["firstProposedAt"]).Select(Ref).ToList(),
            Strings(c, "exactMatch"), Strings(c, "closeMatch"), Strings(c, "broadMatch"));
    }

    public async Task<CoOccurrenceCounts?> GetCoOccurrencesAsync(string conceptId, FactFilter filter, CancellationToken cancellationToken)
    {
        // Unfiltered, the derived CO_OCCURS_WITH edges answer; filtered, the counts come from the kept documents' mentions.
        var result = filter.IsEmpty
            ? await ReadAsync("query-co-occurrences", cancellationToken, ("conceptId", conceptId))
            : await ReadAsync("query-co-occurrences-filtered", cancellationToken, [("conceptId", conceptId), .. Filter(filter)]);
        if (result.Single() is not { } r)
        {
            return null;
        }
        var others = Maps(r["others"]).Select(o => new CoOccurrence(Required(o, "id"), S(o, "name") ?? "", I(o, "documents"), I(o, "shared"))).ToList();
        return new CoOccurrenceCounts(conceptId, r.Int("conceptDocuments"), r.Int("totalDocuments"), others);
    }

    public async Task<IReadOnlyList<PersonStanceCount>> GetConceptStancesAsync(string conceptId, FactFilter filter, CancellationToken cancellationToken) =>
        (await ReadAsync("query-concept-stances", cancellationToken, [("conceptId", conceptId), .. Filter(filter)])).Records
            .Select(r => new PersonStanceCount(r.RequiredString("id"), r.String("name") ?? "", r.Int("support"), r.Int("oppose"), r.Int("neutral")))
            .ToList();

    public async Task<Page<EvidenceItem>> GetConceptEvidenceAsync(string conceptId, FactFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var total = (await ReadAsync("query-concept-evidence-total", cancellationToken, [("conceptId", conceptId), .. Filter(filter)])).Single()?.Int("total") ?? 0;
        var items = await EvidenceAsync(conceptId, filter, page.Offset, page.Limit, cancellationToken);
        return new Page<EvidenceItem>(items, total, page.Offset, page.Limit);
    }

    private async Task<List<EvidenceItem>> EvidenceAsync(string conceptId, FactFilter filter, int offset, int limit, CancellationToken cancellationToken) =>
        (await ReadAsync("query-concept-evidence", cancellationToken, [("conceptId", conceptId), ("offset", offset), ("limit", limit), .. Filter(filter)])).Records
            .Select(r => new EvidenceItem(
                r.RequiredString("documentId"), r.String("title") ?? "", r.String("published"),
                new Span(r.Int("start"), r.Int("end"), r.Int("sentenceStart"), r.Int("sentenceEnd")),
                r.String("sentence") ?? "", r.String("stance") is { } stance ? Stance(stance) : null, r.String("personId")))
            .ToList();

    public async Task<IReadOnlyList<TimelinePoint>> GetConceptTimelineAsync(string conceptId, TimelineGranularity granularity, FactFilter filter, CancellationToken cancellationToken) =>
        (await ReadAsync("query-concept-timeline", cancellationToken,
            [("conceptId", conceptId), ("length", granularity == TimelineGranularity.Year ? 4 : 7), .. Filter(filter)])).Records
            .Select(r => new TimelinePoint(r.RequiredString("period"), r.Int("mentions"), r.Int("documents")))
            .ToList();

    public async Task<IReadOnlyList<StanceCell>> GetStanceMatrixAsync(StanceGrouping by, IReadOnlyList<string> conceptIds, FactFilter filter, CancellationToken cancellationToken) =>
        (await ReadAsync("query-stance-matrix", cancellationToken,
            [("conceptIds", conceptIds.ToList()), ("by", by == StanceGrouping.Country ? "country" : "person"), .. Filter(filter)])).Records
            .Select(r => new StanceCell(r.RequiredString("groupId"), r.String("groupName") ?? "", r.RequiredString("conceptId"), r.Int("support"), r.Int("oppose"), r.Int("neutral")))
            .ToList();

    /// <summary>A FactFilter as the parameters every filtered query file takes, null for "any".</summary>
    private static (string Key, object? Value)[] Filter(FactFilter filter) =>
    [
        ("from", filter.From), ("to", filter.To), ("country", filter.Country),
        ("language", filter.Language), ("source", filter.Source), ("speaker", filter.Speaker),
    ];

    public async Task<Page<PersonSummary>> ListPeopleAsync(string? query, PageRequest page, CancellationToken cancellationToken)
    {
        var q = string.IsNullOrWhiteSpace(query) ? null : query.Trim().ToLowerInvariant();
        return Page(await ReadAsync("query-people", cancellationToken, [("query", q), .. Paging(page)]), page, Person);
    }

    public async Task<PersonDetail?> GetPersonAsync(string personId, CancellationToken cancellationToken)
    {
        if ((await ReadAsync("query-person", cancellationToken, ("personId", personId))).Single() is not { } r)
        {
            return null;
        }
        var p = r.Map("person");
        var events = Maps(r["events"]).Select(e => new EventAppearance(Required(e, "eventId"), S(e, "eventName") ?? "", S(e, "date"), S(e, "mode"))).ToList();
        return new PersonDetail(Person(p), Strings(p, "aliases"), events);
    }

    public async Task<CountryDetail?> GetCountryAsync(string code, CancellationToken cancellationToken)
    {
        if ((await ReadAsync("query-country", cancellationToken, ("countryId", code))).Single() is not { } r)
        {
            return null;
        }
        var country = r.Map("country");
        return new CountryDetail(Required(country, "id"), Required(country, "name"), S(country, "nameZh"),
            [.. Maps(r["people"]).Select(Person)], r.Int("documents"),
            [.. Maps(r["stances"]).Select(m => new ConceptStanceCount(Required(m, "id"), S(m, "name") ?? "", I(m, "support"), I(m, "oppose"), I(m, "neutral")))]);
    }

    public async Task<IReadOnlyList<ConceptStanceCount>> GetPersonStancesAsync(string personId, CancellationToken cancellationToken) =>
        (await ReadAsync("query-person-stances", cancellationToken, ("personId", personId))).Records
            .Select(r => new ConceptStanceCount(r.RequiredString("id"), r.String("name") ?? "", r.Int("support"), r.Int("oppose"), r.Int("neutral")))
            .ToList();

    public async Task<Page<EventSummary>> ListEventsAsync(string? seriesId, PageRequest page, CancellationToken cancellationToken) =>
        Page(await ReadAsync("query-events", cancellationToken, [("seriesId", seriesId), .. Paging(page)]), page, Event);

    public async Task<EventDetail?> GetEventAsync(string eventId, CancellationToken cancellationToken)
    {
        if ((await ReadAsync("query-event", cancellationToken, ("eventId", eventId))).Single() is not { } r)
        {
            return null;
        }
        var speakers = Maps(r["speakers"]).Select(s => new EventSpeaker(Required(s, "personId"), S(s, "name") ?? "", S(s, "date"), S(s, "mode"))).ToList();
        return new EventDetail(Event(r.Map("event")), r.String("placeName"), r.String("seriesName"), speakers, Maps(r["concepts"]).Select(Concept).ToList());
    }

    public async Task<Page<EventSeriesSummary>> ListEventSeriesAsync(PageRequest page, CancellationToken cancellationToken) =>
        Page(await ReadAsync("query-event-series", cancellationToken, Paging(page)), page,
            s => new EventSeriesSummary(Required(s, "id"), Required(s, "name"), S(s, "acronym"), I(s, "editions")));

    public async Task<Page<CandidateSummary>> ListCandidatesAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var result = await ReadAsync("query-candidates", cancellationToken, Paging(page));
        var summaries = Page(result, page, c => (Id: Required(c, "id"), Name: Required(c, "name"), Mentions: I(c, "mentions"), Documents: I(c, "documents")));
        var items = new List<CandidateSummary>();
        foreach (var c in summaries.Items)
        {
            // The first three evidence sentences, as the review screen shows them.
            items.Add(new CandidateSummary(c.Id, c.Name, c.Mentions, c.Documents, await EvidenceAsync(c.Id, FactFilter.None, 0, 3, cancellationToken)));
        }
        return new Page<CandidateSummary>(items, summaries.Total, page.Offset, page.Limit);
    }

    private static (string, object?)[] Paging(PageRequest page) => [("offset", page.Offset), ("limit", page.Limit)];
}
