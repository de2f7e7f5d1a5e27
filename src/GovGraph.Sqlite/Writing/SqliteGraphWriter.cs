using GovGraph.Core.Graph;
using GovGraph.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Writing;

/// <summary>
/// The store's write side and all of its state: one writer connection, serialised by a semaphore, with its
/// statements prepared across documents; the open commit group (SqliteGraphWriter.GroupCommit.cs) and the wait
/// for another process's lock (SqliteGraphWriter.Busy.cs). <see cref="SqliteGraphStore"/> is its facade.
/// </summary>
internal sealed partial class SqliteGraphWriter : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private volatile bool _disposed;

    private readonly TimeSpan _commitInterval;
    private readonly TimeProvider _time;
    private SqliteTransaction? _group;
    // Completes when the open group commits, faults when it does not: the receipt of every write in it.
    private TaskCompletionSource? _groupCommitted;
    private int _groupWrites;
    private long _groupOpenedAt;
    private ITimer? _flushTimer;
    private volatile bool _pending;
    private long _dataVersion = -1;
    // Only touched with the write lock held.
    private long _writerCpuTicks;
    private long _writesDone;
    private long _commitsDone;

    private readonly TimeSpan _busyTimeout;
    private readonly Action? _waiting;
    private long _yieldUntil;

    /// <param name="connection">The open, migrated writer connection; the writer owns it from here.</param>
    /// <param name="options">Commit interval, busy timeout and clock.</param>
    /// <param name="compressedText">A batch's document text, compressed (ahead of the write where it could be).</param>
    public SqliteGraphWriter(SqliteConnection connection, SqliteStoreOptions options, Func<GraphBatch, CompressedText> compressedText)
    {
        _connection = connection;
        _commitInterval = options.CommitInterval;
        _busyTimeout = options.BusyTimeout;
        _waiting = options.Waiting;
        _time = options.TimeProvider;
        Commands = new PreparedCommands(connection);
        Documents = new DocumentWriter(Commands, compressedText);
        Taxonomy = new TaxonomyWriter(Commands, Documents);
    }

    public PreparedCommands Commands { get; }

    public DocumentWriter Documents { get; }

    public TaxonomyWriter Taxonomy { get; }

    public string DatabasePath => _connection.DataSource;

    /// <summary>True while writes that were returned from wait in an open group for their commit.</summary>
    public bool HasPending => _pending;

    public bool IsClosed => _disposed;

    /// <summary>Commits what is open, then migrates the schema to this version (for a file another version wrote meanwhile).</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            CommitGroup();
            WhileBusy(_connection.DataSource, _busyTimeout, _waiting, _time, () => SchemaMigrator.Migrate(_connection, cancellationToken));
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Refuses new writes, commits the open group and closes the connection. <paramref name="closeReaders"/> runs
    /// just before: the last connection to close checkpoints the WAL into the main file, so it must be this one.
    /// </summary>
    public async ValueTask CloseAsync(Action closeReaders)
    {
        _disposed = true;
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            try
            {
                CommitGroup();
            }
            catch (SqliteException)
            {
                // A full disk at shutdown: the group's receipts say so; what was not committed is ingested again.
            }
            Commands.Dispose();
            closeReaders();
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
            _writeLock.Dispose();
        }
    }

    public ValueTask DisposeAsync() => _disposed ? ValueTask.CompletedTask : CloseAsync(closeReaders: () => { });
}
