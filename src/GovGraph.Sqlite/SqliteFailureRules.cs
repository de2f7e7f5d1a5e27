using GovGraph.Core.Storage;

namespace GovGraph.Sqlite;

/// <summary>The SQLite store's failure rules: busy, locked and full are transient; a call is never retried inside the store.</summary>
public sealed class SqliteFailureRules : IStoreFailureRules
{
    public static readonly SqliteFailureRules Instance = new();

    public bool IsTransient(Exception exception) => SqliteGraphStore.IsTransient(exception);

    public bool RetriesEachCall => false;
}
