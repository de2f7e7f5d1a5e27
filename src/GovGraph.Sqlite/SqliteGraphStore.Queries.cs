using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using GovGraph.Core.Storage;

namespace GovGraph.Sqlite;

// The queries and the copy source, answered by the read side (Reading/SqliteGraphReader.cs): the store is their facade, so one object
// serves the contract suite while the reader keeps its sessions and caches to itself.
public sealed partial class SqliteGraphStore : IGraphSource, IReadGenerations
{
    public ValueTask<long> CurrentGenerationAsync(CancellationToken cancellationToken) => _reads.CurrentGenerationAsync(cancellationToken);

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) => _reads.GetStatsAsync(cancellationToken);

    public Task<Page<DocumentSummary>> ListDocumentsAsync(PageRequest page, CancellationToken cancellationToken) => _reads.ListDocumentsAsync(page, cancellationToken);

    public Task<DocumentDetail?> GetDocumentAsync(string documentId, CancellationToken cancellationToken) => _reads.GetDocumentAsync(documentId, cancellationToken);

    public Task<DocumentTextSlice?> GetDocumentTextAsync(string documentId, int offset, int length, CancellationToken cancellationToken) => _reads.GetDocumentTextAsync(documentId, offset, length, cancellationToken);

    public Task<Page<ConceptSummary>> ListConceptsAsync(ConceptFilter filter, PageRequest page, CancellationToken cancellationToken) => _reads.ListConceptsAsync(filter, page, cancellationToken);

    public Task<ConceptDetail?> GetConceptAsync(string conceptId, CancellationToken cancellationToken) => _reads.GetConceptAsync(conceptId, cancellationToken);

    public Task<CoOccurrenceCounts?> GetCoOccurrencesAsync(string conceptId, FactFilter filter, CancellationToken cancellationToken) => _reads.GetCoOccurrencesAsync(conceptId, filter, cancellationToken);

    public Task<IReadOnlyList<PersonStanceCount>> GetConceptStancesAsync(string conceptId, FactFilter filter, CancellationToken cancellationToken) => _reads.GetConceptStancesAsync(conceptId, filter, cancellationToken);

    public Task<Page<EvidenceItem>> GetConceptEvidenceAsync(string conceptId, FactFilter filter, PageRequest page, CancellationToken cancellationToken) => _reads.GetConceptEvidenceAsync(conceptId, filter, page, cancellationToken);

    public Task<IReadOnlyList<TimelinePoint>> GetConceptTimelineAsync(string conceptId, TimelineGranularity granularity, FactFilter filter, CancellationToken cancellationToken) => _reads.GetConceptTimelineAsync(conceptId, granularity, filter, cancellationToken);

    public Task<IReadOnlyList<StanceCell>> GetStanceMatrixAsync(StanceGrouping by, IReadOnlyList<string> conceptIds, FactFilter filter, CancellationToken cancellationToken) => _reads.GetStanceMatrixAsync(by, conceptIds, filter, cancellationToken);

    public Task<Page<PersonSummary>> ListPeopleAsync(string? query, PageRequest page, CancellationToken cancellationToken) => _reads.ListPeopleAsync(query, page, cancellationToken);

    public Task<PersonDetail?> GetPersonAsync(string personId, CancellationToken cancellationToken) => _reads.GetPersonAsync(personId, cancellationToken);

    public Task<IReadOnlyList<ConceptStanceCount>> GetPersonStancesAsync(string personId, CancellationToken cancellationToken) => _reads.GetPersonStancesAsync(personId, cancellationToken);

    public Task<CountryDetail?> GetCountryAsync(string code, CancellationToken cancellationToken) => _reads.GetCountryAsync(code, cancellationToken);

    public Task<Page<EventSummary>> ListEventsAsync(string? seriesId, PageRequest page, CancellationToken cancellationToken) => _reads.ListEventsAsync(seriesId, page, cancellationToken);

    public Task<EventDetail?> GetEventAsync(string eventId, CancellationToken cancellationToken) => _reads.GetEventAsync(eventId, cancellationToken);

    public Task<Page<EventSeriesSummary>> ListEventSeriesAsync(PageRequest page, CancellationToken cancellationToken) => _reads.ListEventSeriesAsync(page, cancellationToken);

    public Task<Page<CandidateSummary>> ListCandidatesAsync(PageRequest page, CancellationToken cancellationToken) => _reads.ListCandidatesAsync(page, cancellationToken);

    public Task<GraphView?> GetNeighborhoodAsync(string nodeId, int depth, int maxNodes, CancellationToken cancellationToken) => _reads.GetNeighborhoodAsync(nodeId, depth, maxNodes, cancellationToken);

    public Task<GraphPath?> GetShortestPathAsync(string fromId, string toId, int maxDepth, CancellationToken cancellationToken) => _reads.GetShortestPathAsync(fromId, toId, maxDepth, cancellationToken);

    public Task<IReadOnlyList<ConceptNode>> GetTaxonomyConceptsAsync(CancellationToken cancellationToken) => _reads.GetTaxonomyConceptsAsync(cancellationToken);

    public Task<int> CountDocumentsAsync(CancellationToken cancellationToken) => _reads.CountDocumentsAsync(cancellationToken);

    public IAsyncEnumerable<GraphBatch> ReadBatchesAsync(CancellationToken cancellationToken) => _reads.ReadBatchesAsync(cancellationToken);
}
