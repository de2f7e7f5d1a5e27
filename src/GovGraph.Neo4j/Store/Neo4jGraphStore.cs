using GovGraph.Core.Storage;
using GovGraph.Neo4j.Cypher;
using GovGraph.Neo4j.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovGraph.Neo4j.Store;

/// <summary>
/// <see cref="IGraphStore"/> on Neo4j, through <see cref="CypherRunner"/> (any <see cref="INeo4jTransport"/> behind
/// the resilience pipeline). Every statement comes from <see cref="CypherCatalog"/>, i.e. graph-schema/neo4j.
/// Split by concern: writes (this document's facts), queries (the API's reads), bookkeeping (the worker's state).
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly CypherRunner _runner;
    private readonly int _batchSize;
    private readonly ILogger<Neo4jGraphStore> _logger;

    public Neo4jGraphStore(CypherRunner runner, IOptions<Neo4jStoreOptions> options, ILogger<Neo4jGraphStore> logger)
    {
        _runner = runner;
        _batchSize = options.Value.BatchSize;
        _logger = logger;
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var applied = await Neo4jSchema.ApplyAsync(_runner, cancellationToken);
        Log.SchemaApplied(_logger, applied);
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        var result = await _runner.ReadAsync(Statement("ping"), cancellationToken);
        return result.Single()?.Long("ok") == 1;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static CypherStatement Statement(string name, params (string Key, object? Value)[] parameters) =>
        CypherStatement.Of(name, CypherCatalog.Get(name), parameters);

    private Task<QueryResult> ReadAsync(string name, CancellationToken cancellationToken, params (string Key, object? Value)[] parameters) =>
        _runner.ReadAsync(Statement(name, parameters), cancellationToken);
}
