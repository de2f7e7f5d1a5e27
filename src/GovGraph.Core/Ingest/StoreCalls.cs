using GovGraph.Core.Storage;

namespace GovGraph.Core.Ingest;

/// <summary>
/// How the ingest flow calls the store: the worker wraps each call in its retry pipeline and knows which
/// failures of its store pass; the default calls straight through and takes only failed commits and I/O
/// errors for transient.
/// </summary>
public interface IStoreCalls
{
    Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken);

    /// <summary>True for failures worth trying again later (a locked file, a full disk, a server away).</summary>
    bool IsTransient(Exception exception);
}

public sealed class DirectStoreCalls(Func<Exception, bool>? isTransient = null) : IStoreCalls
{
    public Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) => call(cancellationToken);

    public bool IsTransient(Exception exception) =>
        exception is StoreCommitException or IOException || (isTransient?.Invoke(exception) ?? false);
}
