using GovGraph.Core.Storage;
using GovGraph.StoreContract;

namespace GovGraph.Sqlite.Tests;

// The store contract, run against the embedded store: every test gets a fresh file in a temp folder.

internal static class SqliteContractStores
{
    public static async Task<IGraphStore> OpenAsync(TempDatabase database)
    {
        var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(database.NewPath()), Xunit.TestContext.Current.CancellationToken);
        await store.InitializeAsync(Xunit.TestContext.Current.CancellationToken);
        return store;
    }
}

public sealed class SqliteWriteContract : WriteContract
{
    private readonly TempDatabase _database = new();
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.OpenAsync(_database);
    protected override ValueTask CleanUpAsync() { _database.Dispose(); return ValueTask.CompletedTask; }
}

public sealed class SqliteDeleteContract : DeleteContract
{
    private readonly TempDatabase _database = new();
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.OpenAsync(_database);
    protected override ValueTask CleanUpAsync() { _database.Dispose(); return ValueTask.CompletedTask; }
}

public sealed class SqliteTaxonomyContract : TaxonomyContract
{
    private readonly TempDatabase _database = new();
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.OpenAsync(_database);
    protected override ValueTask CleanUpAsync() { _database.Dispose(); return ValueTask.CompletedTask; }
}

public sealed class SqliteQueryContract : QueryContract
{
    private readonly TempDatabase _database = new();
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.OpenAsync(_database);
    protected override ValueTask CleanUpAsync() { _database.Dispose(); return ValueTask.CompletedTask; }
}

public sealed class SqliteGraphContract : GraphContract
{
    private readonly TempDatabase _database = new();
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.OpenAsync(_database);
    protected override ValueTask CleanUpAsync() { _database.Dispose(); return ValueTask.CompletedTask; }
}

public sealed class SqliteExportContract : ExportContract
{
    private readonly TempDatabase _database = new();
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.OpenAsync(_database);
    protected override ValueTask CleanUpAsync() { _database.Dispose(); return ValueTask.CompletedTask; }
}

public sealed class SqliteBookkeepingContract : BookkeepingContract
{
    private readonly TempDatabase _database = new();
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.OpenAsync(_database);
    protected override ValueTask CleanUpAsync() { _database.Dispose(); return ValueTask.CompletedTask; }
}
