using GovGraph.Core.Storage;
using GovGraph.Neo4j.Store;
using GovGraph.Neo4j.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovGraph.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Neo4j store: options from "GovGraph:Neo4j" (validated at start-up), the Query API transport
    /// on a typed HttpClient, the resilient runner, <see cref="IGraphStore"/> and its failure rules.
    /// </summary>
    public static IServiceCollection AddGovGraphNeo4jStore(this IServiceCollection services)
    {
        services.AddOptions<Neo4jStoreOptions>()
            .BindConfiguration(Neo4jStoreOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Uri is { Scheme: "http" or "https" }, "GovGraph:Neo4j:Uri must be an http or https address (the Query API port, 7474 by default).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        // The transport lives as long as the singleton store, so its one handler recycles pooled connections
        // itself (DNS changes of an Aura or cluster endpoint are picked up) instead of the factory rotating handlers.
        services.AddHttpClient<INeo4jTransport, QueryApiTransport>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton<CypherRunner>();
        services.AddSingleton<IGraphStore, Neo4jGraphStore>();
        services.AddSingleton<IStoreFailureRules, Neo4jFailureRules>();
        return services;
    }
}
