using GovGraph.Core.Storage;
using GovGraph.Sqlite.Tests.Support;
using GovGraph.StoreContract;

namespace GovGraph.Sqlite.Tests;

// The store contract, run against the embedded store: every store a test asks for is a fresh file.

internal static class SqliteContractStores
{
    // One folder per test process, removed when the process ends; each store is its own file in it.
    private static readonly Lazy<TempDatabase> Folder = new(() =>
    {
        var database = new TempDatabase();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => database.Dispose();
        return database;
    });

    public static async Task<IGraphStore> OpenAsync()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(Folder.Value.NewPath()), ct);
        await store.InitializeAsync(ct);
        return store;
    }
}

public sealed class SqliteWriteContract : WriteContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.OpenAsync();
}

public sealed class SqliteDeleteContract : DeleteContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.OpenAsync();
}

public sealed class SqliteTaxonomyContract : TaxonomyContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.OpenAsync();
}

public sealed class SqliteQueryContract : QueryContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.OpenAsync();
}

public sealed class SqliteGraphContract : GraphContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.OpenAsync();
}

public sealed class SqliteExportContract : ExportContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.OpenAsync();
}

public sealed class SqliteBookkeepingContract : BookkeepingContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.OpenAsync();
}

public sealed class SqliteReviewContract : ReviewContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.OpenAsync();
}

public sealed class SqliteFilterContract : FilterContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.OpenAsync();
}

public sealed class SqliteCountryContract : CountryContract
{
    protected override Task<IGraphStore> CreateStoreAsync() => SqliteContractStores.OpenAsync();
}
