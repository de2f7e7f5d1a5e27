namespace GovGraph.Core.Storage;

/// <summary>
/// The ingest flow's bookkeeping, kept in the same store as the graph so a restart resumes where it stopped:
/// each source file's state and the dead letters.
/// </summary>
public interface IIngestLedgerStore
{
    Task<SourceFileState?> GetSourceFileAsync(string sourceKey, CancellationToken cancellationToken);

    /// <summary>Every source file's state, read once when an ingest starts so unchanged files are skipped without a query each.</summary>
    Task<IReadOnlyList<SourceFileState>> GetSourceFilesAsync(CancellationToken cancellationToken);

    Task SaveSourceFileAsync(SourceFileState state, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="SaveSourceFileAsync"/> with its receipt, as <see cref="IGraphWriter.WriteDeferredAsync"/>: a store
    /// that commits in groups completes it with the group.
    /// </summary>
    async Task<Task> SaveSourceFileDeferredAsync(SourceFileState state, CancellationToken cancellationToken)
    {
        await SaveSourceFileAsync(state, cancellationToken).ConfigureAwait(false);
        return Task.CompletedTask;
    }

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
}
