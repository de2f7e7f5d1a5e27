using GovGraph.Core.Graph;

namespace GovGraph.Core.Storage;

/// <summary>
/// Writes to the graph, per document and atomic: what the ingest flow, deletes and candidate decisions need.
/// </summary>
public interface IGraphWriter
{
    /// <summary>
    /// Stores one document's facts in one transaction. Same content (same document id) already stored:
    /// <see cref="WriteOutcome.Unchanged"/>. Different content previously stored under the same
    /// <see cref="GraphBatch.SourceKey"/>: the old document's facts are removed in the same transaction,
    /// <see cref="WriteOutcome.Replaced"/>. Derived edges (co-occurrence, advocates/opposes) are kept correct.
    /// </summary>
    Task<WriteOutcome> WriteAsync(GraphBatch batch, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="WriteAsync"/> with its receipt: a store that commits writes in groups (SQLite) returns when
    /// the write is done and its group still open, and <see cref="Written{T}.Committed"/> completes when that
    /// group commits, or faults with the reason it did not (a full disk). Stores that commit every write
    /// (Neo4j) return a completed receipt.
    /// </summary>
    async Task<Written<WriteOutcome>> WriteDeferredAsync(GraphBatch batch, CancellationToken cancellationToken) =>
        new(await WriteAsync(batch, cancellationToken).ConfigureAwait(false), Task.CompletedTask);

    /// <summary>Commits what the store holds back for a group commit, so every receipt given so far completes.</summary>
    Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Removes a document and exactly the facts only it supported. False when no such document.</summary>
    Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>Upserts taxonomy nodes and their BROADER edges (concepts that no document mentions still exist).</summary>
    Task UpsertTaxonomyAsync(IReadOnlyList<ConceptNode> concepts, CancellationToken cancellationToken);

    /// <summary>Sets a candidate concept's status after an analyst's decision (accepted: merged into MergeIntoId or promoted; rejected: removed).</summary>
    Task<bool> ResolveCandidateAsync(string candidateId, CandidateDecision decision, CancellationToken cancellationToken);
}
