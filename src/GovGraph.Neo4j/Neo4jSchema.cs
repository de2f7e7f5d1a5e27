using GovGraph.Neo4j.Cypher;
using GovGraph.Neo4j.Transport;
using Microsoft.Extensions.DependencyInjection;

namespace GovGraph.Neo4j;

/// <summary>The constraints and indexes of graph-schema/neo4j/schema.cypher, for `govgraph schema apply` and store start-up.</summary>
public static class Neo4jSchema
{
    /// <summary>The script as analysts read it, comments included.</summary>
    public static string Script => CypherCatalog.Get("schema");

    /// <summary>Applies every constraint and index. Each runs in its own implicit transaction: Neo4j does not mix schema and data changes, nor several schema changes, in one.</summary>
    public static async Task<int> ApplyAsync(CypherRunner runner, CancellationToken cancellationToken)
    {
        var statements = CypherCatalog.SplitScript(Script);
        foreach (var (text, index) in statements.Select((s, i) => (s, i)))
        {
            await runner.WriteAsync(new CypherStatement($"schema#{index + 1}", text, new Dictionary<string, object?>()), cancellationToken);
        }
        return statements.Count;
    }

    /// <summary>For `govgraph schema apply`: applies the schema through the registered Neo4j store's runner.</summary>
    public static Task<int> ApplyAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        ApplyAsync(services.GetRequiredService<CypherRunner>(), cancellationToken);
}
