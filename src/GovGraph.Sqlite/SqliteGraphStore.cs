using System.Runtime.CompilerServices;
using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using GovGraph.Core.Storage;
using GovGraph.Sqlite.Reading;
using GovGraph.Sqlite.Schema;
using GovGraph.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. One writer connection, serialised by a semaphore,
/// keeps its statements prepared across documents; reads open pooled read-only connections, so the API's
/// requests never wait behind an ingest (WAL readers see the last committed state).
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IPreparesForWrite
{
    private readonly SqliteConnection _writer;
    private readonly PreparedCommands _commands;
    private readonly DocumentWriter _documents;
    private readonly TaxonomyWriter _taxonomy;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    /// <summary>Idle read sessions kept open: enough for the requests two cores run at once, with room for bursts.</summary>
    private const int ReadSessionsKept = 16;

    /// <summary>
    /// What the read caches hold until the next commit: relationships (about 150 bytes each: 45 MB), evidence
    /// items of path edges (about 1 KB each with the sentence: 20 MB), and node names (titles and quotes,
    /// about 300 bytes: 30 MB). Hubs' neighbourhoods with room to spare.
    /// </summary>
    private const int CachedRelationships = 300_000;
    private const int CachedEvidenceItems = 20_000;
    private const int CachedNames = 100_000;

    private readonly string _readConnectionString;
    private readonly ReadSessionPool _readSessions;
    private readonly GenerationCache<GraphEdges.Key, Edge[]> _relationships = new(CachedRelationships, edges => edges.Length);
    private readonly GenerationCache<Edge, IReadOnlyList<EvidenceItem>> _edgeEvidence = new(CachedEvidenceItems, items => Math.Max(1, items.Count));
    private readonly GenerationCache<NodeNames.Key, string> _names = new(CachedNames, _ => 1);
    private readonly ConceptCatalogue _concepts = new();

    // Texts compressed ahead of their write by PrepareForWrite; an entry goes with its batch.
    private readonly ConditionalWeakTable<GraphBatch, byte[]> _compressedTexts = new();
    private bool _disposed;

    private SqliteGraphStore(SqliteConnection writer, string readConnectionString, SqliteStoreOptions options)
    {
        _writer = writer;
        _commitInterval = options.CommitInterval;
        _busyTimeout = options.BusyTimeout;
        _waiting = options.Waiting;
        _time = options.TimeProvider;
        _readConnectionString = readConnectionString;
        _readSessions = new ReadSessionPool(readConnectionString, ReadSessionsKept);
        _commands = new PreparedCommands(writer);
        _documents = new DocumentWriter(_commands, CompressedText);
        _taxonomy = new TaxonomyWriter(_commands, _documents);
    }

    public string DatabasePath => _writer.DataSource;

    // SQLite's own busy handler and Microsoft.Data.Sqlite's retry (whole seconds; 0 would mean forever) wait
    // briefly; WhileBusy waits the rest of BusyTimeout, announcing itself so the holder lets it in.
    private const int BusyMilliseconds = 100;
    private const int CommandTimeoutSeconds = 1;

    /// <summary>
    /// The writer connection's pragmas (the bench's plain-SQLite replay uses the same). WAL is a property of
    /// the file (it persists); the others hold per connection. Checkpointing every 128 MB of WAL rather than
    /// 4 MB copies hot pages (counts, indexes) into the main file once for several commits: a one-second
    /// commit group alone writes about 80 MB of WAL during ingest, so at 32 MB every commit checkpointed
    /// (writer alone at 200 MB: 8.4 -> 7.9 s).
    /// </summary>
    public static string WriterPragmas => $"""
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        PRAGMA foreign_keys = ON;
        PRAGMA busy_timeout = {BusyMilliseconds};
        PRAGMA temp_store = MEMORY;
        PRAGMA cache_size = -65536;
        PRAGMA wal_autocheckpoint = 32768;
        """;

    /// <summary>Opens (creating if needed) the file, sets WAL and the connection pragmas, and migrates the schema.</summary>
    public static async Task<SqliteGraphStore> OpenAsync(SqliteStoreOptions options, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(options.DatabasePath);
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        var writeConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = CommandTimeoutSeconds,
        }.ToString();
        var readConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false, // ReadSessionPool keeps the connections, with their prepared statements
            DefaultTimeout = CommandTimeoutSeconds,
        }.ToString();
        var writer = new SqliteConnection(writeConnectionString);
        try
        {
            await writer.OpenAsync(cancellationToken).ConfigureAwait(false);
            WhileBusy(path, options.BusyTimeout, options.Waiting, options.TimeProvider, () =>
            {
                writer.Execute(WriterPragmas);
                return SchemaMigrator.Migrate(writer, cancellationToken);
            });
        }
        catch
        {
            await writer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return new SqliteGraphStore(writer, readConnectionString, options);
    }

    /// <summary>
    /// True for failures that go away by themselves: the file locked by another process beyond the busy
    /// timeout (SQLITE_BUSY, SQLITE_LOCKED), or a full disk (SQLITE_FULL) that an operator clears.
    /// The worker's retry pipeline asks this; everything else (a broken batch, a corrupt file) is final.
    /// </summary>
    public static bool IsTransient(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException sqlite && (sqlite.SqliteErrorCode & 0xFF) is 5 or 6 or 13)
            {
                return true;
            }
        }
        return false;
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            CommitGroup();
            WhileBusy(_writer.DataSource, _busyTimeout, _waiting, _time, () => SchemaMigrator.Migrate(_writer, cancellationToken));
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Compresses the document's text on the calling (extraction) thread, so the single writer does not.</summary>
    public void PrepareForWrite(GraphBatch batch) => _compressedTexts.AddOrUpdate(batch, DocumentTextCodec.Compress(batch.Document.Text));

    private byte[] CompressedText(GraphBatch batch) =>
        _compressedTexts.TryGetValue(batch, out var compressed) ? compressed : DocumentTextCodec.Compress(batch.Document.Text);

    public Task<WriteOutcome> WriteAsync(GraphBatch batch, CancellationToken cancellationToken) =>
        InWriteTransactionAsync(transaction => _documents.Write(batch, transaction, cancellationToken), Commit.MayWait, cancellationToken);

    public Task<Written<WriteOutcome>> WriteDeferredAsync(GraphBatch batch, CancellationToken cancellationToken) =>
        InDeferredWriteAsync(transaction => _documents.Write(batch, transaction, cancellationToken), Commit.MayWait, cancellationToken);

    public Task CommitAsync(CancellationToken cancellationToken) => FlushAsync(cancellationToken);

    public Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken) =>
        InWriteTransactionAsync(transaction => _documents.Remove(documentId, transaction), Commit.Now, cancellationToken);

    public Task UpsertTaxonomyAsync(IReadOnlyList<ConceptNode> concepts, CancellationToken cancellationToken) =>
        InWriteTransactionAsync(transaction =>
        {
            _taxonomy.Upsert(concepts, transaction);
            return true;
        }, Commit.Now, cancellationToken);

    public Task<bool> ResolveCandidateAsync(string candidateId, CandidateDecision decision, CancellationToken cancellationToken) =>
        InWriteTransactionAsync(transaction => _taxonomy.Resolve(candidateId, decision, transaction), Commit.Now, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken) =>
        Read(connection =>
        {
            using var command = connection.Command("SELECT 1");
            return command.ScalarInt64() == 1;
        }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
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
            _commands.Dispose();
            // Read sessions close first: the last connection to close checkpoints the WAL into the main file.
            _readSessions.Dispose();
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
            _writeLock.Dispose();
        }
    }

    /// <summary>Runs a query on a pooled read session, after committing writes this store has already returned from.</summary>
    private async Task<T> Read<T>(Func<ReadSession, T> query, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (_pending)
        {
            try
            {
                await FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException e) when (IsTransient(e))
            {
                // The group could not commit (a full disk): its writers' receipts say so; this read sees what is committed.
            }
        }
        var session = _readSessions.Rent();
        try
        {
            return query(session);
        }
        finally
        {
            _readSessions.Return(session);
        }
    }
}
