using GovGraph.Core.Queries;
using GovGraph.Core.Storage;
using GovGraph.Neo4j;
using GovGraph.Sqlite;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Hosting;

/// <summary>Registers the IGraphStore that GovGraph:Store names: the embedded SQLite file (default) or Neo4j.</summary>
public static class StoreRegistration
{
    public static IServiceCollection AddGovGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var kind = configuration[$"{GovGraphOptions.Section}:Store"] ?? StoreKinds.Sqlite;
        if (string.Equals(kind, StoreKinds.Neo4j, StringComparison.OrdinalIgnoreCase))
        {
            // Neo4j: options bound from GovGraph:Neo4j by the Neo4j project's own registration.
            services.AddGovGraphNeo4jStore();
            return services.AddStoreRoles();
        }
        services.AddSingleton<IStoreFailureRules>(SqliteFailureRules.Instance);
        services.AddSingleton<IGraphStore>(provider =>
        {
            var paths = provider.GetRequiredService<GovGraphPaths>();
            var options = new SqliteStoreOptions(paths.DatabasePath)
            {
                BusyTimeout = provider.GetRequiredService<IOptions<GovGraphOptions>>().Value.BusyTimeout,
                Waiting = provider.GetService<StoreWaitNotice>() is { } notice ? notice.Notify : null,
            };
            // A DI factory cannot await. Microsoft.Data.Sqlite opens and migrates synchronously underneath
            // its async signature, so blocking here costs nothing and keeps the store an ordinary singleton.
            try
            {
                return SqliteGraphStore.OpenAsync(options, CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new StoreUnavailableException($"cannot open the SQLite store at {paths.DatabasePath}: {e.Message}", e);
            }
        });
        return services.AddStoreRoles();
    }

    /// <summary>Each role the store plays, resolved to the one store, so code asks for the role it needs.</summary>
    private static IServiceCollection AddStoreRoles(this IServiceCollection services) => services
        .AddSingleton<IGraphQueries>(provider => provider.GetRequiredService<IGraphStore>())
        .AddSingleton<IGraphWriter>(provider => provider.GetRequiredService<IGraphStore>())
        .AddSingleton<IIngestLedgerStore>(provider => provider.GetRequiredService<IGraphStore>())
        .AddSingleton<IIngestStore>(provider => provider.GetRequiredService<IGraphStore>())
        .AddSingleton<IGraphExport>(provider => provider.GetRequiredService<IGraphStore>())
        .AddSingleton<ICandidateReviewStore>(provider => provider.GetRequiredService<IGraphStore>());
}

/// <summary>Told when a write has waited a while for another process's lock; the CLI says so on standard error.</summary>
public sealed class StoreWaitNotice(Action notify)
{
    public void Notify() => notify();
}
