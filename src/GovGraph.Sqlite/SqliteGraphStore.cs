using System.Runtime.CompilerServices;
using GovGraph.Core.Graph;
using GovGraph.Core.Storage;
using GovGraph.Sqlite.Schema;
using GovGraph.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, a facade over its two sides. The writer
/// (Writing/SqliteGraphWriter.cs) holds the one writer connection, serialised, with group commit; the reader
/// (Reading/SqliteGraphReader.cs) answers queries on pooled read-only connections, so the API's requests never
/// wait behind an ingest (WAL readers see the last committed state). This class opens the file and says which
/// side does what.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IPreparesForWrite
{
    private readonly SqliteGraphWriter _writes;
    private readonly SqliteGraphReader _reads;

    // Texts compressed ahead of their write by PrepareForWrite; an entry goes with its batch.
    private readonly ConditionalWeakTable<GraphBatch, CompressedText> _compressedTexts = new();
    private bool _disposed;

    private SqliteGraphStore(SqliteConnection writer, string readConnectionString, SqliteStoreOptions options)
    {
        _writes = new SqliteGraphWriter(writer, options, CompressedText);
        _reads = new SqliteGraphReader(readConnectionString, BeforeReadAsync);
    }

    public string DatabasePath => _writes.DatabasePath;

    /// <summary>The writer's CPU time, writes and commits since the store opened.</summary>
    public WriterStatistics WriterStatistics => _writes.Statistics;

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
            SqliteGraphWriter.WhileBusy(path, options.BusyTimeout, options.Waiting, options.TimeProvider, () =>
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

    public Task InitializeAsync(CancellationToken cancellationToken) => _writes.MigrateAsync(cancellationToken);

    /// <summary>Compresses the document's text on the calling (extraction) thread, so the single writer does not.</summary>
    public void PrepareForWrite(GraphBatch batch) => _compressedTexts.AddOrUpdate(batch, DocumentTextCodec.Compress(batch.Document.Text));

    private CompressedText CompressedText(GraphBatch batch) =>
        _compressedTexts.TryGetValue(batch, out var compressed) ? compressed : DocumentTextCodec.Compress(batch.Document.Text);

    public Task<WriteOutcome> WriteAsync(GraphBatch batch, CancellationToken cancellationToken) =>
        _writes.InWriteTransactionAsync(transaction => _writes.Documents.Write(batch, transaction, cancellationToken), Commit.MayWait, cancellationToken);

    public Task<Written<WriteOutcome>> WriteDeferredAsync(GraphBatch batch, CancellationToken cancellationToken) =>
        _writes.InDeferredWriteAsync(transaction => _writes.Documents.Write(batch, transaction, cancellationToken), Commit.MayWait, cancellationToken);

    public Task CommitAsync(CancellationToken cancellationToken) => _writes.FlushAsync(cancellationToken);

    public Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken) =>
        _writes.InWriteTransactionAsync(transaction => _writes.Documents.Remove(documentId, transaction), Commit.Now, cancellationToken);

    public Task UpsertTaxonomyAsync(IReadOnlyList<ConceptNode> concepts, CancellationToken cancellationToken) =>
        _writes.InWriteTransactionAsync(transaction =>
        {
            _writes.Taxonomy.Upsert(concepts, transaction);
            return true;
        }, Commit.Now, cancellationToken);

    public Task<bool> ResolveCandidateAsync(string candidateId, CandidateDecision decision, CancellationToken cancellationToken) =>
        _writes.InWriteTransactionAsync(transaction => _writes.Taxonomy.Resolve(candidateId, decision, transaction), Commit.Now, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken) =>
        _reads.Read(connection =>
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
        await _writes.CloseAsync(closeReaders: _reads.Dispose).ConfigureAwait(false);
    }

    /// <summary>What every read waits for: the commit of writes this store has already returned from.</summary>
    private async Task BeforeReadAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (_writes.HasPending)
        {
            try
            {
                await _writes.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException e) when (IsTransient(e))
            {
                // The group could not commit (a full disk): its writers' receipts say so; this read sees what is committed.
            }
        }
    }
}
