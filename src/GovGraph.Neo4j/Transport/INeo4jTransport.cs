namespace GovGraph.Neo4j.Transport;

/// <summary>
/// The seam between the store and the wire: run a statement, read records. The HTTP Query API is the one
/// implementation today; a Bolt transport through Neo4j.Driver can sit beside it without the store changing.
/// Implementations throw <see cref="Neo4jException"/> carrying Neo4j's code; they do not retry (the caller's pipeline does).
/// </summary>
public interface INeo4jTransport
{
    /// <summary>Runs one statement in its own (implicit, auto-commit) transaction.</summary>
    Task<QueryResult> RunAsync(CypherStatement statement, AccessMode mode, CancellationToken cancellationToken);

    /// <summary>Starts an explicit transaction; nothing is sent until its first statement.</summary>
    INeo4jTransaction BeginTransaction();
}

/// <summary>An explicit transaction. Disposing it without <see cref="CommitAsync"/> rolls it back.</summary>
public interface INeo4jTransaction : IAsyncDisposable
{
    Task<QueryResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);

    Task RollbackAsync(CancellationToken cancellationToken);
}
