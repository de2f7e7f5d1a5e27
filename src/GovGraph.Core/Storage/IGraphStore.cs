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
    /// <see cref="WriteAsync"/> with its receipt: a store that commits writes in groups (SQLite) returns when
    /// the write is done and its group still open, and <see cref="Written{T}.Committed"/> completes when that
    /// group commits, or faults with the reason it did not (a full disk). Stores that commit every write
    /// (Neo4j) return a completed receipt.
    /// </summary>
    async Task<Written<WriteOutcome>> WriteDeferredAsync(GraphBatch batch, CancellationToken cancellationToken) =>
        new(await WriteAsync(batch, cancellationToken).ConfigureAwait(false), Task.CompletedTask);

    /// <summary><see cref="SaveSourceFileAsync"/> with its receipt, as <see cref="WriteDeferredAsync"/>.</summary>
    async Task<Task> SaveSourceFileDeferredAsync(SourceFileState state, CancellationToken cancellationToken)
    {
        await SaveSourceFileAsync(state, cancellationToken).ConfigureAwait(false);
        return Task.CompletedTask;
    }

    /// <summary>Commits what the store holds back for a group commit, so every receipt given so far completes.</summary>
    Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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

    // The ingest flow's bookkeeping, kept in the same store so a restart resumes where it stopped.
    Task<SourceFileState?> GetSourceFileAsync(string sourceKey, CancellationToken cancellationToken);

    /// <summary>Every source file's state, read once when an ingest starts so unchanged files are skipped without a query each.</summary>
    Task<IReadOnlyList<SourceFileState>> GetSourceFilesAsync(CancellationToken cancellationToken);

    Task SaveSourceFileAsync(SourceFileState state, CancellationToken cancellationToken);

    /// <summary>Saves several states in one transaction that is durable when the call returns (the attempt records made before parsing).</summary>
    async Task SaveSourceFilesAsync(IReadOnlyList<SourceFileState> states, CancellationToken cancellationToken)
    {
        foreach (var state in states)
        {
            await SaveSourceFileAsync(state, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Removes the documents read from one source file (a JSONL file's lines too) and its state; the number of documents removed.</summary>
    Task<int> DeleteSourceAsync(string sourceKey, CancellationToken cancellationToken);

    /// <summary>Upserts the dead letter for its source and attempt, so a re-run replaces it instead of adding a second.</summary>
    Task AddDeadLetterAsync(DeadLetter deadLetter, CancellationToken cancellationToken);
    Task<IReadOnlyList<DeadLetter>> GetDeadLettersAsync(int offset, int limit, CancellationToken cancellationToken);

    // The analysts' decisions on candidate concepts, kept per store: a decision in one database never
    // changes another, nor the checkout (graph-schema/reviewed/ changes only through `candidates export`).
    /// <summary>Records a decision, replacing an earlier one on the same candidate.</summary>
    Task SaveCandidateReviewAsync(Review.CandidateReview review, CancellationToken cancellationToken);

    /// <summary>Every decision this store holds, sorted by candidate id.</summary>
    Task<IReadOnlyList<Review.CandidateReview>> GetCandidateReviewsAsync(CancellationToken cancellationToken);

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
    /// <summary>The store could not take the file's documents; it is retried with backoff.</summary>
    Pending,
    Stored,
    Failed,
    /// <summary>An attempt was recorded before the file was parsed, beside others in flight; a start that finds it unfinished parses it alone.</summary>
    Queued,
    /// <summary>An attempt was recorded before the file was parsed alone: a start that finds it unfinished knows this file ended the process.</summary>
    Parsing,
}

/// <summary>
/// What the ingest flow knows about one input file. <paramref name="Stamp"/> is the file as it was read
/// (size, modification and change times): a file whose stamp still matches is not read again.
/// <paramref name="DocumentId"/> is the file's document, or the first of a multi-document file's.
/// </summary>
public sealed record SourceFileState(
    string SourceKey,
    string ContentHash,
    SourceFileStatus Status,
    int Attempts,
    string? DocumentId,
    string? Error,
    DateTimeOffset UpdatedAt,
    FileStamp? Stamp = null);

/// <summary>A file as the file system describes it: size, modification time and change time (ticks, UTC); a rewrite moves the change time even when size and modification time are put back.</summary>
public readonly record struct FileStamp(long Length, long ModifiedTicks, long ChangedTicks);

/// <summary>A write and its receipt: <see cref="Committed"/> completes when the write is durable, or faults with why it is not.</summary>
public readonly record struct Written<T>(T Value, Task Committed);

/// <summary>A document that failed for good, with the reason, kept for the analyst to look at.</summary>
public sealed record DeadLetter(string SourceKey, string Reason, string? ContentHash, int Attempts, DateTimeOffset FailedAt);

/// <summary>One line of an APOC-shaped export: a node or a relationship.</summary>
public abstract record ExportRecord;

public sealed record ExportNode(string Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties) : ExportRecord;

public sealed record ExportRelationship(string Id, string Type, string StartId, string EndId, IReadOnlyDictionary<string, object?> Properties) : ExportRecord;
