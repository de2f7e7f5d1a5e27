namespace GovGraph.Sqlite.Reading;

/// <summary>
/// Idle read sessions, so a request takes a connection whose statements are already prepared. A burst may
/// open more sessions than the pool keeps; the extra ones are closed when they come back. The lock is held
/// only to push or pop, never while a session opens or closes. The pool also numbers commit generations
/// for the read caches: every session taken checks for commits since it last looked.
/// </summary>
internal sealed class ReadSessionPool(string connectionString, int keep) : IDisposable
{
    private readonly Stack<ReadSession> _idle = new();
    private readonly Lock _lock = new();
    private bool _disposed;
    private long _generation;

    /// <summary>
    /// Changes whenever a session taken from the pool has seen a commit it had not seen before, so any commit
    /// before a request began changes it by the time that request reads it: each session, when taken, either
    /// sees the commit or has already reported it. Cached reads are valid only within one generation.
    /// </summary>
    public long Generation => Interlocked.Read(ref _generation);

    public ReadSession Rent()
    {
        ReadSession? session;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _idle.TryPop(out session);
        }
        session ??= ReadSession.Open(connectionString);
        if (session.SeesNewCommits())
        {
            Interlocked.Increment(ref _generation);
        }
        return session;
    }

    public void Return(ReadSession session)
    {
        lock (_lock)
        {
            if (!_disposed && _idle.Count < keep)
            {
                _idle.Push(session);
                return;
            }
        }
        session.Dispose();
    }

    /// <summary>Closes the idle sessions; sessions still in use close when they are returned.</summary>
    public void Dispose()
    {
        ReadSession[] idle;
        lock (_lock)
        {
            _disposed = true;
            idle = [.. _idle];
            _idle.Clear();
        }
        foreach (var session in idle)
        {
            session.Dispose();
        }
    }
}
