using GovGraph.Core.Graph;
using GovGraph.Core.Queries;

namespace GovGraph.Core.Storage;

/// <summary>
/// The one storage seam. Two real stores keep it (SQLite, Neo4j) and one contract test suite
/// checks both behave the same. Writes are per document and atomic; queries are in
/// <see cref="IGraphQueries"/> so this file stays about keeping the graph correct.
/// </summary>
public interface IGraphStore : IGraphQueries, IAsyncDisposable
{
    /// <summary>Creates or migrates the schema (SQLite) or applies constraints (Neo4j). Idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stores one document's facts in one transaction. Same content (same document id) already stored:
    /// <see cref="WriteOutcome.Unchanged"/>. Different content previously stored under the same
    /// <see cref="GraphBatch.SourceKey"/>: the old document's facts are removed in the same transaction,
    /// <see cref="WriteOutcome.Replaced"/>. Derived edges (co-occurrence, advocates/opposes) are kept correct.
    /// </summary>
    Task<WriteOutcome> WriteAsync(GraphBatch batch, CancellationToken cancellationToken);

    /// <summary>
    /// Work a store can do for a batch before its write, on the thread that extracted it, so the single
    /// writer has less to do (the SQLite store compresses the document's text). Optional: a batch written
    /// without it is prepared by the write itself.
    /// </summary>
    void PrepareForWrite(GraphBatch batch)
    {
    }

    /// <summary>Removes a document and exactly the facts only it supported. False when no such document.</summary>
    Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>Upserts taxonomy nodes and their BROADER edges (concepts that no document mentions still exist).</summary>
    Task UpsertTaxonomyAsync(IReadOnlyList<ConceptNode> concepts, CancellationToken cancellationToken);

    /// <summary>Sets a candidate concept's status after an analyst's decision (accepted: merged into MergeIntoId or promoted; rejected: removed).</summary>
    Task<bool> ResolveCandidateAsync(string candidateId, CandidateDecision decision, CancellationToken cancellationToken);

    /// <summary>All nodes sorted by id, then all relationships sorted by (type, start, end): the stable order export needs.</summary>
    IAsyncEnumerable<ExportRecord> ExportAsync(CancellationToken cancellationToken);

    // The worker's bookkeeping, kept in the same store so a restart resumes where it stopped.
    Task<SourceFileState?> GetSourceFileAsync(string sourceKey, CancellationToken cancellationToken);
    Task SaveSourceFileAsync(SourceFileState state, CancellationToken cancellationToken);
    Task AddDeadLetterAsync(DeadLetter deadLetter, CancellationToken cancellationToken);
    Task<IReadOnlyList<DeadLetter>> GetDeadLettersAsync(int offset, int limit, CancellationToken cancellationToken);

    /// <summary>Cheap round trip for readiness checks.</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken);
}

public enum WriteOutcome
{
    New,
    Unchanged,
    Replaced,
}

public sealed record CandidateDecision(bool Accept, string? MergeIntoId, string? Category);

public enum SourceFileStatus
{
    Pending,
    Stored,
    Failed,
}

/// <summary>What the worker knows about one input file.</summary>
public sealed record SourceFileState(
    string SourceKey,
    string ContentHash,
    SourceFileStatus Status,
    int Attempts,
    string? DocumentId,
    string? Error,
    DateTimeOffset UpdatedAt);

/// <summary>A document that failed for good, with the reason, kept for the analyst to look at.</summary>
public sealed record DeadLetter(string SourceKey, string Reason, string? ContentHash, int Attempts, DateTimeOffset FailedAt);

/// <summary>One line of an APOC-shaped export: a node or a relationship.</summary>
public abstract record ExportRecord;

public sealed record ExportNode(string Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties) : ExportRecord;

public sealed record ExportRelationship(string Id, string Type, string StartId, string EndId, IReadOnlyDictionary<string, object?> Properties) : ExportRecord;
