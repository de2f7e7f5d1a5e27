using GovGraph.Core.Storage;
using GovGraph.Neo4j;
using GovGraph.Sqlite;

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
            return services;
        }
        services.AddSingleton<IGraphStore>(provider =>
        {
            var paths = provider.GetRequiredService<GovGraphPaths>();
            // A DI factory cannot await. Microsoft.Data.Sqlite opens and migrates synchronously underneath
            // its async signature, so blocking here costs nothing and keeps the store an ordinary singleton.
            try
            {
                return SqliteGraphStore.OpenAsync(new SqliteStoreOptions(paths.DatabasePath), CancellationToken.None).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new StoreUnavailableException($"cannot open the SQLite store at {paths.DatabasePath}: {e.Message}", e);
            }
        });
        return services;
    }
}
