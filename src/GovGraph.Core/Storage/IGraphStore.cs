using GovGraph.Core.Queries;

namespace GovGraph.Core.Storage;

/// <summary>
/// A whole store: the union of the roles, which the two real stores (SQLite, Neo4j) implement and one contract
/// test suite checks alike. Code takes the role it needs: the API <see cref="IGraphQueries"/>, the ingest
/// flow <see cref="IIngestStore"/>, export <see cref="IGraphExport"/>; only start-up, health and the CLI's
/// store commands take the whole.
/// </summary>
public interface IGraphStore : IGraphQueries, IIngestStore, IGraphExport, ICandidateReviewStore, IAsyncDisposable
{
    /// <summary>Creates or migrates the schema (SQLite) or applies constraints (Neo4j). Idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Cheap round trip for readiness checks.</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken);
}

/// <summary>What the ingest flow writes to: the graph and its own bookkeeping.</summary>
public interface IIngestStore : IGraphWriter, IIngestLedgerStore;
