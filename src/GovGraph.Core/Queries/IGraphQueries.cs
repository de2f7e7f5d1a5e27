namespace GovGraph.Core.Queries;

/// <summary>
/// The read side of the store: what the API and CLI ask. Every store answers these identically
/// (the contract suite checks it). Rankings that need judgement (association measures) are computed
/// in Core from the raw counts these return, so the two stores cannot drift apart on them.
/// Paging arguments are already validated by the caller (offset at least 0, limit from 1 to 500).
/// </summary>
public interface IGraphQueries
{
    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken);

    Task<Page<DocumentSummary>> ListDocumentsAsync(PageRequest page, CancellationToken cancellationToken);
    Task<DocumentDetail?> GetDocumentAsync(string documentId, CancellationToken cancellationToken);
    /// <summary>
    /// Characters [offset, offset + length) of the document's normalised text, clipped to its end (an offset past
    /// the end answers an empty text), with the text's total length. Null when the document is not stored.
    /// </summary>
    Task<DocumentTextSlice?> GetDocumentTextAsync(string documentId, int offset, int length, CancellationToken cancellationToken);

    /// <summary>Concepts whose name, Chinese name or alias contains <see cref="ConceptFilter.Query"/> (case-insensitive), ordered by mentions desc then id.</summary>
    Task<Page<ConceptSummary>> ListConceptsAsync(ConceptFilter filter, PageRequest page, CancellationToken cancellationToken);
    Task<ConceptDetail?> GetConceptAsync(string conceptId, CancellationToken cancellationToken);
    /// <summary>
    /// Raw co-occurrence counts with every other concept that shares at least one document. With a filter, every
    /// count (the corpus size too) is over the documents the filter keeps.
    /// </summary>
    Task<CoOccurrenceCounts?> GetCoOccurrencesAsync(string conceptId, FactFilter filter, CancellationToken cancellationToken);
    /// <summary>People with statements about the concept (that the filter keeps), with counts per stance, ordered by total desc then id.</summary>
    Task<IReadOnlyList<PersonStanceCount>> GetConceptStancesAsync(string conceptId, FactFilter filter, CancellationToken cancellationToken);
    /// <summary>Evidence sentences: every mention of the concept and every statement about it that the filter keeps, ordered by document published, document id, start.</summary>
    Task<Page<EvidenceItem>> GetConceptEvidenceAsync(string conceptId, FactFilter filter, PageRequest page, CancellationToken cancellationToken);
    /// <summary>
    /// Mentions and documents per period of the documents' published date ("2023" or "2023-11"), ascending. By
    /// month, documents dated only by their year count in a point of their own, period "2023".
    /// </summary>
    Task<IReadOnlyList<TimelinePoint>> GetConceptTimelineAsync(string conceptId, TimelineGranularity granularity, FactFilter filter, CancellationToken cancellationToken);
    /// <summary>
    /// Statements about each of the concepts that the filter keeps, counted per stance and per person or per
    /// Country (its node's id and name; statements with no Country are left out of a country matrix); ordered by group id, then concept id.
    /// </summary>
    Task<IReadOnlyList<StanceCell>> GetStanceMatrixAsync(StanceGrouping by, IReadOnlyList<string> conceptIds, FactFilter filter, CancellationToken cancellationToken);

    /// <summary>A Country by its alpha-3 code, with its people, documents and stances (see <see cref="CountryDetail"/>); null when the graph has no such Country.</summary>
    Task<CountryDetail?> GetCountryAsync(string code, CancellationToken cancellationToken);

    Task<Page<PersonSummary>> ListPeopleAsync(string? query, PageRequest page, CancellationToken cancellationToken);
    Task<PersonDetail?> GetPersonAsync(string personId, CancellationToken cancellationToken);
    /// <summary>Concepts the person made statements about, with counts per stance, ordered by total desc then id.</summary>
    Task<IReadOnlyList<ConceptStanceCount>> GetPersonStancesAsync(string personId, CancellationToken cancellationToken);

    Task<Page<EventSummary>> ListEventsAsync(string? seriesId, PageRequest page, CancellationToken cancellationToken);
    Task<EventDetail?> GetEventAsync(string eventId, CancellationToken cancellationToken);
    Task<Page<EventSeriesSummary>> ListEventSeriesAsync(PageRequest page, CancellationToken cancellationToken);

    Task<Page<CandidateSummary>> ListCandidatesAsync(PageRequest page, CancellationToken cancellationToken);

    /// <summary>The neighbourhood of any node up to <paramref name="depth"/> hops, at most <paramref name="maxNodes"/> nodes (closest first). Null when the node does not exist.</summary>
    Task<GraphView?> GetNeighborhoodAsync(string nodeId, int depth, int maxNodes, CancellationToken cancellationToken);
    /// <summary>A shortest path (fewest hops, at most <paramref name="maxDepth"/>) between two nodes, each edge with its evidence. Null when either node is missing or no path exists.</summary>
    Task<GraphPath?> GetShortestPathAsync(string fromId, string toId, int maxDepth, CancellationToken cancellationToken);
}
