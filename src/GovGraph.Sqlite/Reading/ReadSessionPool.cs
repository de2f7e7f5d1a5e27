namespace GovGraph.Sqlite.Reading;

/// <summary>
/// Idle read sessions, so a request takes a connection whose statements are already prepared. A burst may
/// open more sessions than the pool keeps; the extra ones are closed when they come back. The lock is held
/// only to push or pop, never while a session opens or closes.
/// </summary>
internal sealed class ReadSessionPool(string connectionString, int keep) : IDisposable
{
    private readonly Stack<ReadSession> _idle = new();
    private readonly Lock _lock = new();
    private bool _disposed;

    public ReadSession Rent()
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_idle.TryPop(out var session))
            {
                return session;
            }
        }
        return ReadSession.Open(connectionString);
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
