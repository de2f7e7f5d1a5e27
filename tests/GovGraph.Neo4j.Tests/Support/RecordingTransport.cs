using GovGraph.Neo4j.Transport;

namespace GovGraph.Neo4j.Tests.Support;

/// <summary>
/// A transport that records every statement the store sends and answers like an empty database: the one fake
/// these tests use, to see the store's requests without a Neo4j server.
/// </summary>
internal sealed class RecordingTransport : INeo4jTransport
{
    public List<(CypherStatement Statement, bool InTransaction)> Sent { get; } = [];

    public int Transactions { get; private set; }

    public Task<QueryResult> RunAsync(CypherStatement statement, AccessMode mode, CancellationToken cancellationToken)
    {
        Sent.Add((statement, false));
        return Task.FromResult(Answer(statement));
    }

    public INeo4jTransaction BeginTransaction()
    {
        Transactions++;
        return new Transaction(this);
    }

    /// <summary>What an empty database answers: no such document yet, nothing found.</summary>
    private static QueryResult Answer(CypherStatement statement) => statement.Name switch
    {
        "find-document" => new QueryResult(["exists", "previousIds"], [[false, new List<object?>()]]),
        _ => QueryResult.Empty,
    };

    private sealed class Transaction(RecordingTransport owner) : INeo4jTransaction
    {
        public Task<QueryResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
        {
            owner.Sent.Add((statement, true));
            return Task.FromResult(Answer(statement));
        }

        public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task RollbackAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
