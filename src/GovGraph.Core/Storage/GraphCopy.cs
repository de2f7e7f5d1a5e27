
namespace GovGraph.Core.Storage;

/// <summary>How far a copy has come: documents written of the total, by what the target answered.</summary>
public sealed record CopyProgress(int Done, int Total, int New, int Unchanged, int Replaced);

/// <summary>What a copy moved.</summary>
public sealed record CopySummary(int Concepts, int Documents, int New, int Unchanged, int Replaced, int SourceFiles, int DeadLetters, int Reviews);

/// <summary>
/// Moves a whole graph from one store into another through the target's own writes: the taxonomy, the analysts'
/// decisions, every document's batch (one transaction each, the target's batching inside it), then the ingest
/// bookkeeping (source files, dead letters). Every step is an upsert, and a document already in the target is
/// Unchanged, so a copy that stopped (a lost connection, Ctrl+C) is resumed by running it again.
/// </summary>
public static class GraphCopy
{
    private const int DeadLetterPage = 500;

    public static async Task<CopySummary> RunAsync(IGraphSource batches, IGraphStore source, IGraphStore target, IProgress<CopyProgress>? progress,
        CancellationToken cancellationToken)
    {
        var taxonomy = await batches.GetTaxonomyConceptsAsync(cancellationToken).ConfigureAwait(false);
        await target.UpsertTaxonomyAsync(taxonomy, cancellationToken).ConfigureAwait(false);
        var reviews = await source.GetCandidateReviewsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var review in reviews)
        {
            await target.SaveCandidateReviewAsync(review, cancellationToken).ConfigureAwait(false);
        }

        var total = await batches.CountDocumentsAsync(cancellationToken).ConfigureAwait(false);
        int done = 0, created = 0, unchanged = 0, replaced = 0;
        await foreach (var batch in batches.ReadBatchesAsync(cancellationToken).ConfigureAwait(false))
        {
            switch (await target.WriteAsync(batch, cancellationToken).ConfigureAwait(false))
            {
                case WriteOutcome.New: created++; break;
                case WriteOutcome.Unchanged: unchanged++; break;
                default: replaced++; break;
            }
            done++;
            progress?.Report(new CopyProgress(done, total, created, unchanged, replaced));
        }
        await target.CommitAsync(cancellationToken).ConfigureAwait(false);

        var files = await source.GetSourceFilesAsync(cancellationToken).ConfigureAwait(false);
        await target.SaveSourceFilesAsync(files, cancellationToken).ConfigureAwait(false);
        var deadLetters = 0;
        for (var offset = 0; ; offset += DeadLetterPage)
        {
            var page = await source.GetDeadLettersAsync(offset, DeadLetterPage, cancellationToken).ConfigureAwait(false);
            foreach (var letter in page)
            {
                await target.AddDeadLetterAsync(letter, cancellationToken).ConfigureAwait(false);
            }
            deadLetters += page.Count;
            if (page.Count < DeadLetterPage)
            {
                break;
            }
        }
        await target.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new CopySummary(taxonomy.Count, done, created, unchanged, replaced, files.Count, deadLetters, reviews.Count);
    }
}
