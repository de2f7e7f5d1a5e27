using GovGraph.Core.Storage;

namespace GovGraph.Core.Ingest;

/// <summary>Parsing: the attempt records put on disk first, then the read and the parse (on extraction threads).</summary>
public sealed partial class FileIngestion
{
    /// <summary>
    /// Puts the coming attempts at these files on disk in one commit, before any of them is parsed: after a
    /// crash, the files still marked attempted are the ones that may have caused it. Suspects are recorded
    /// alone, by <see cref="Extract"/>.
    /// </summary>
    public async Task RecordAttemptsAsync(IReadOnlyList<FileJob> jobs, CancellationToken cancellationToken)
    {
        var states = jobs.Where(j => j.NeedsParse && !j.Suspect).Select(AttemptRecord).ToList();
        if (states.Count == 0)
        {
            return;
        }
        try
        {
            await calls.RunAsync(async ct => { await store.SaveSourceFilesAsync(states, ct); return true; }, cancellationToken);
            states.ForEach(Ledger.Set);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store cannot take even the attempt records (a full disk): the documents will not commit
            // either, and the flow retries them; parsing meanwhile is as safe as it was before records existed.
            Health.Failed(null, e);
            Log.StateNotRecorded(logger, states[0].SourceKey, e);
        }
    }

    private SourceFileState AttemptRecord(FileJob job) =>
        new(job.SourceKey, job.Previous?.ContentHash ?? "", job.Suspect ? SourceFileStatus.Parsing : SourceFileStatus.Queued,
            job.Attempt, job.Previous?.DocumentId, null, time.GetUtcNow(), job.Stamp);

    /// <summary>Reads and parses one planned file (CPU work; call it on an extraction thread). Never throws for bad input.</summary>
    public ExtractedJob Extract(FileJob job, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        if (job.Suspect)
        {
            parseGate.EnterWriteLock();
        }
        else
        {
            parseGate.EnterReadLock();
        }
        try
        {
            if (job.Suspect)
            {
                Log.SuspectFile(logger, job.SourceKey);
                var record = AttemptRecord(job);
                try
                {
                    calls.RunAsync(async ct => { await store.SaveSourceFilesAsync([record], ct); return true; }, cancellationToken).GetAwaiter().GetResult();
                    Ledger.Set(record);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Health.Failed(null, e);
                    Log.StateNotRecorded(logger, job.SourceKey, e);
                }
            }
            var current = processor();
            byte[] content;
            FileStamp stamp;
            try
            {
                (content, stamp) = InboxFiles.ReadNoFollow(job.RealPath, current.MaxFileBytes);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                return new ExtractedJob(job, null, null, null, started); // gone since it was planned: nothing to do
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new ExtractedJob(job, null, null, $"cannot read the file: {e.Message}", started);
            }
            cancellationToken.ThrowIfCancellationRequested();
            var processed = current.CheckSize(job.SourceKey, stamp.Length) is { } tooLarge
                ? ProcessedFile.Failed(job.SourceKey, tooLarge.Reason)
                : current.Process(job.SourceKey, Path.GetFileName(job.File.FullPath), content, job.File.ManifestMetadata, cancellationToken);
            foreach (var batch in processed.Batches)
            {
                (store as IPreparesForWrite)?.PrepareForWrite(batch);
            }
            return new ExtractedJob(job, processed, stamp, null, started);
        }
        finally
        {
            if (job.Suspect)
            {
                parseGate.ExitWriteLock();
            }
            else
            {
                parseGate.ExitReadLock();
            }
        }
    }
}
