using GovGraph.Neo4j.Store;
using GovGraph.Neo4j.Transport;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovGraph.Neo4j.Tests.Support;

internal static class StoreFactory
{
    public static Neo4jStoreOptions Options(Uri? uri = null, int batchSize = 500) => new()
    {
        Uri = uri ?? new Uri("http://127.0.0.1:7474"),
        Database = "neo4j",
        User = "neo4j",
        Password = "secret",
        BatchSize = batchSize,
        MaxRetries = 3,
        RetryDelay = TimeSpan.FromMilliseconds(1),
        RequestTimeout = TimeSpan.FromSeconds(5),
    };

    public static CypherRunner Runner(INeo4jTransport transport, Neo4jStoreOptions? options = null) =>
        new(transport, Microsoft.Extensions.Options.Options.Create(options ?? Options()), TimeProvider.System, NullLogger<CypherRunner>.Instance);

    public static Neo4jGraphStore Store(INeo4jTransport transport, Neo4jStoreOptions? options = null)
    {
        var o = options ?? Options();
        return new Neo4jGraphStore(Runner(transport, o), Microsoft.Extensions.Options.Options.Create(o), NullLogger<Neo4jGraphStore>.Instance);
    }
}
