namespace GovGraph.Neo4j.Transport;

/// <summary>
/// A transport that records every statement the store sends and answers like an empty database. It measures
/// what a write costs in requests and rows without a Neo4j server (bench/), and is the one fake the Neo4j
/// tests use to see the store's requests. Never registered by AddGovGraphNeo4jStore.
/// </summary>
public sealed class RecordingTransport : INeo4jTransport
{
    public List<(CypherStatement Statement, bool InTransaction)> Sent { get; } = [];

    public int Transactions { get; private set; }

    /// <summary>Answers to give instead of an empty database's, by statement name.</summary>
    public Dictionary<string, QueryResult> Answers { get; } = [];

    public Task<QueryResult> RunAsync(CypherStatement statement, AccessMode mode, CancellationToken cancellationToken)
    {
        Sent.Add((statement, false));
        return Task.FromResult(Answer(statement));
    }

    public IReadOnlyList<string> Names => [.. Sent.Select(s => s.Statement.Name)];

    public INeo4jTransaction BeginTransaction()
    {
        Transactions++;
        return new Transaction(this);
    }

    /// <summary>A scripted answer, else what an empty database answers: no such document yet, nothing found.</summary>
    private QueryResult Answer(CypherStatement statement) => Answers.TryGetValue(statement.Name, out var answer) ? answer : statement.Name switch
    {
        "find-document" => new QueryResult(["exists", "previousIds"], [[false, new List<object?>()]]),
        _ => QueryResult.Empty,
    };

    private sealed class Transaction(RecordingTransport owner) : INeo4jTransaction
    {
        public Task<QueryResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
        {
            owner.Sent.Add((statement, true));
            return Task.FromResult(owner.Answer(statement));
        }

        public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task RollbackAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
