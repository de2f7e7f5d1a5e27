using GovGraph.Core.Queries;
using GovGraph.Sqlite.Reading;

namespace GovGraph.Sqlite;

/// <summary>
/// The store's read side: pooled read-only sessions (WAL readers see the last committed state, so the API never
/// waits behind an ingest) and the caches that hold until the next commit. Its queries live in the
/// SqliteGraphReader.*.cs files beside this one; <see cref="SqliteGraphStore"/> forwards to them.
/// </summary>
internal sealed partial class SqliteGraphReader : IGraphQueries, IDisposable
{
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

    private readonly ReadSessionPool _readSessions;
    private readonly Func<CancellationToken, Task> _beforeRead;
    private readonly GenerationCache<GraphEdges.Key, Edge[]> _relationships = new(CachedRelationships, edges => edges.Length);
    private readonly GenerationCache<Edge, IReadOnlyList<EvidenceItem>> _edgeEvidence = new(CachedEvidenceItems, items => Math.Max(1, items.Count));
    private readonly GenerationCache<NodeNames.Key, string> _names = new(CachedNames, _ => 1);
    private readonly ConceptCatalogue _concepts = new();

    /// <param name="connectionString">A read-only connection string to the store's file.</param>
    /// <param name="beforeRead">Runs before every query: the writer commits what it has already returned from.</param>
    public SqliteGraphReader(string connectionString, Func<CancellationToken, Task> beforeRead)
    {
        ConnectionString = connectionString;
        _beforeRead = beforeRead;
        _readSessions = new ReadSessionPool(connectionString, ReadSessionsKept);
    }

    /// <summary>For work that needs its own connection and snapshot (the export).</summary>
    public string ConnectionString { get; }

    /// <summary>Runs a query on a pooled read session, after <c>beforeRead</c>.</summary>
    public async Task<T> Read<T>(Func<ReadSession, T> query, CancellationToken cancellationToken)
    {
        await _beforeRead(cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// The read caches' commit generation as of now: after <c>beforeRead</c>, a session taken from the pool reports
    /// any commit it had not seen (<see cref="ReadSessionPool.Generation"/>), one PRAGMA data_version.
    /// </summary>
    public async ValueTask<long> CurrentGenerationAsync(CancellationToken cancellationToken)
    {
        await _beforeRead(cancellationToken).ConfigureAwait(false);
        _readSessions.Return(_readSessions.Rent());
        return _readSessions.Generation;
    }

    public void Dispose() => _readSessions.Dispose();
}
