using System.Runtime.CompilerServices;

namespace GovGraph.Core.Ingest;

/// <summary>
/// Whether the store can commit right now, as the ingest flow last saw it: a failed group commit (a full
/// disk, an I/O error) makes it false until a commit lands again. Readiness and the failed-commit metric
/// read it. Receipts of one group share one task, so a group counts once however many files were in it.
/// </summary>
public sealed class CommitHealth
{
    private readonly ConditionalWeakTable<object, object> counted = [];
    private long failedCommits;
    private volatile string? failure;

    /// <summary>False from a failed commit until the next one lands.</summary>
    public bool CanCommit => failure is null;

    /// <summary>Why the last commit failed, while it is failing.</summary>
    public string? Failure => failure;

    public long FailedCommits => Interlocked.Read(ref failedCommits);

    /// <summary>A commit failed; <paramref name="receipt"/> names the group (null: a write that failed on its own).</summary>
    public void Failed(object? receipt, Exception reason)
    {
        if (receipt is null || counted.TryAdd(receipt, this))
        {
            Interlocked.Increment(ref failedCommits);
        }
        failure = reason.Message;
    }

    public void Committed() => failure = null;
}
