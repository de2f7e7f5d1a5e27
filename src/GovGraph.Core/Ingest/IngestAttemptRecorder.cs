namespace GovGraph.Core.Ingest;

/// <summary>Commits attempt records a stretch ahead of the extractors, under a lock the extractors share.</summary>
internal sealed class IngestAttemptRecorder(FileIngestion flow, List<FileJob> jobs, CancellationToken cancellationToken)
{
    // Attempt records are committed a stretch ahead of the extractors, about as often as the store's group
    // commit would commit anyway (a commit per file would cost the group commit its point).
    private const int RecordFilesAhead = 512;
    private const long RecordBytesAhead = 32L * 1024 * 1024;

    private readonly Lock gate = new();
    private volatile int recordedUpTo;

    public void EnsureRecorded(int index)
    {
        if (index < recordedUpTo)
        {
            return;
        }
        lock (gate)
        {
            while (index >= recordedUpTo)
            {
                var start = recordedUpTo;
                var end = start;
                long bytes = 0;
                while (end < jobs.Count && end - start < RecordFilesAhead && bytes < RecordBytesAhead)
                {
                    bytes += jobs[end].File.Length;
                    end++;
                }
                flow.RecordAttemptsAsync(jobs.GetRange(start, end - start), cancellationToken).GetAwaiter().GetResult();
                recordedUpTo = end;
            }
        }
    }
}
