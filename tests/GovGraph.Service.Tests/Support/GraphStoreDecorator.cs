using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using GovGraph.Core.Storage;

namespace GovGraph.Service.Tests.Support;

/// <summary>Forwards every call to the real store; a test overrides the one call it makes fail.</summary>
public abstract class GraphStoreDecorator(IGraphStore inner) : IGraphStore
{
    public virtual Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);
    public virtual Task<WriteOutcome> WriteAsync(GraphBatch batch, CancellationToken cancellationToken) => inner.WriteAsync(batch, cancellationToken);
    public virtual Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken) => inner.DeleteDocumentAsync(documentId, cancellationToken);
    public virtual Task UpsertTaxonomyAsync(IReadOnlyList<ConceptNode> concepts, CancellationToken cancellationToken) => inner.UpsertTaxonomyAsync(concepts, cancellationToken);
    public virtual Task<bool> ResolveCandidateAsync(string candidateId, CandidateDecision decision, CancellationToken cancellationToken) => inner.ResolveCandidateAsync(candidateId, decision, cancellationToken);
    public virtual IAsyncEnumerable<ExportRecord> ExportAsync(CancellationToken cancellationToken) => inner.ExportAsync(cancellationToken);
    public virtual Task<SourceFileState?> GetSourceFileAsync(string sourceKey, CancellationToken cancellationToken) => inner.GetSourceFileAsync(sourceKey, cancellationToken);
    public virtual Task<IReadOnlyList<SourceFileState>> GetSourceFilesAsync(CancellationToken cancellationToken) => inner.GetSourceFilesAsync(cancellationToken);
    public virtual Task<int> DeleteSourceAsync(string sourceKey, CancellationToken cancellationToken) => inner.DeleteSourceAsync(sourceKey, cancellationToken);
    public virtual Task SaveSourceFileAsync(SourceFileState state, CancellationToken cancellationToken) => inner.SaveSourceFileAsync(state, cancellationToken);
    public virtual Task AddDeadLetterAsync(DeadLetter deadLetter, CancellationToken cancellationToken) => inner.AddDeadLetterAsync(deadLetter, cancellationToken);
    public virtual Task<IReadOnlyList<DeadLetter>> GetDeadLettersAsync(int offset, int limit, CancellationToken cancellationToken) => inner.GetDeadLettersAsync(offset, limit, cancellationToken);
    public virtual Task<bool> PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);

    public virtual Task SaveCandidateReviewAsync(Core.Review.CandidateReview review, CancellationToken cancellationToken) => inner.SaveCandidateReviewAsync(review, cancellationToken);

    public virtual Task<IReadOnlyList<Core.Review.CandidateReview>> GetCandidateReviewsAsync(CancellationToken cancellationToken) => inner.GetCandidateReviewsAsync(cancellationToken);
    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) => inner.GetStatsAsync(cancellationToken);
    public Task<Page<DocumentSummary>> ListDocumentsAsync(PageRequest page, CancellationToken cancellationToken) => inner.ListDocumentsAsync(page, cancellationToken);
    public Task<DocumentDetail?> GetDocumentAsync(string documentId, CancellationToken cancellationToken) => inner.GetDocumentAsync(documentId, cancellationToken);
    public Task<DocumentTextSlice?> GetDocumentTextAsync(string documentId, int offset, int length, CancellationToken cancellationToken) => inner.GetDocumentTextAsync(documentId, offset, length, cancellationToken);
    public Task<Page<ConceptSummary>> ListConceptsAsync(ConceptFilter filter, PageRequest page, CancellationToken cancellationToken) => inner.ListConceptsAsync(filter, page, cancellationToken);
    public Task<ConceptDetail?> GetConceptAsync(string conceptId, CancellationToken cancellationToken) => inner.GetConceptAsync(conceptId, cancellationToken);
    public Task<CoOccurrenceCounts?> GetCoOccurrencesAsync(string conceptId, FactFilter filter, CancellationToken cancellationToken) => inner.GetCoOccurrencesAsync(conceptId, filter, cancellationToken);
    public Task<IReadOnlyList<PersonStanceCount>> GetConceptStancesAsync(string conceptId, FactFilter filter, CancellationToken cancellationToken) => inner.GetConceptStancesAsync(conceptId, filter, cancellationToken);
    public Task<Page<EvidenceItem>> GetConceptEvidenceAsync(string conceptId, FactFilter filter, PageRequest page, CancellationToken cancellationToken) => inner.GetConceptEvidenceAsync(conceptId, filter, page, cancellationToken);
    public Task<IReadOnlyList<TimelinePoint>> GetConceptTimelineAsync(string conceptId, TimelineGranularity granularity, FactFilter filter, CancellationToken cancellationToken) => inner.GetConceptTimelineAsync(conceptId, granularity, filter, cancellationToken);
    public Task<IReadOnlyList<StanceCell>> GetStanceMatrixAsync(StanceGrouping by, IReadOnlyList<string> conceptIds, FactFilter filter, CancellationToken cancellationToken) => inner.GetStanceMatrixAsync(by, conceptIds, filter, cancellationToken);
    public Task<Page<PersonSummary>> ListPeopleAsync(string? query, PageRequest page, CancellationToken cancellationToken) => inner.ListPeopleAsync(query, page, cancellationToken);
    public Task<PersonDetail?> GetPersonAsync(string personId, CancellationToken cancellationToken) => inner.GetPersonAsync(personId, cancellationToken);
    public Task<CountryDetail?> GetCountryAsync(string code, CancellationToken cancellationToken) => inner.GetCountryAsync(code, cancellationToken);
    public Task<IReadOnlyList<ConceptStanceCount>> GetPersonStancesAsync(string personId, CancellationToken cancellationToken) => inner.GetPersonStancesAsync(personId, cancellationToken);
    public Task<Page<EventSummary>> ListEventsAsync(string? seriesId, PageRequest page, CancellationToken cancellationToken) => inner.ListEventsAsync(seriesId, page, cancellationToken);
    public Task<EventDetail?> GetEventAsync(string eventId, CancellationToken cancellationToken) => inner.GetEventAsync(eventId, cancellationToken);
    public Task<Page<EventSeriesSummary>> ListEventSeriesAsync(PageRequest page, CancellationToken cancellationToken) => inner.ListEventSeriesAsync(page, cancellationToken);
    public Task<Page<CandidateSummary>> ListCandidatesAsync(PageRequest page, CancellationToken cancellationToken) => inner.ListCandidatesAsync(page, cancellationToken);
    public Task<GraphView?> GetNeighborhoodAsync(string nodeId, int depth, int maxNodes, CancellationToken cancellationToken) => inner.GetNeighborhoodAsync(nodeId, depth, maxNodes, cancellationToken);
    public Task<GraphPath?> GetShortestPathAsync(string fromId, string toId, int maxDepth, CancellationToken cancellationToken) => inner.GetShortestPathAsync(fromId, toId, maxDepth, cancellationToken);
    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
