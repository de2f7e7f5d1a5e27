using GovGraph.Core.Storage;
using GovGraph.StoreContract;
using Xunit;

namespace GovGraph.Neo4j.Tests.Contract;

// The store contract suite, run against a real Neo4j through Testcontainers; skipped with the reason where no Docker engine answers.

public sealed class Neo4jWriteContract(Neo4jContainerFixture neo4j) : WriteContract, IClassFixture<Neo4jContainerFixture>
{
    protected override Task<IGraphStore> CreateStoreAsync() => neo4j.NewStoreAsync();
}

public sealed class Neo4jDeleteContract(Neo4jContainerFixture neo4j) : DeleteContract, IClassFixture<Neo4jContainerFixture>
{
    protected override Task<IGraphStore> CreateStoreAsync() => neo4j.NewStoreAsync();
}

public sealed class Neo4jTaxonomyContract(Neo4jContainerFixture neo4j) : TaxonomyContract, IClassFixture<Neo4jContainerFixture>
{
    protected override Task<IGraphStore> CreateStoreAsync() => neo4j.NewStoreAsync();
}

public sealed class Neo4jQueryContract(Neo4jContainerFixture neo4j) : QueryContract, IClassFixture<Neo4jContainerFixture>
{
    protected override Task<IGraphStore> CreateStoreAsync() => neo4j.NewStoreAsync();
}

public sealed class Neo4jGraphContract(Neo4jContainerFixture neo4j) : GraphContract, IClassFixture<Neo4jContainerFixture>
{
    protected override Task<IGraphStore> CreateStoreAsync() => neo4j.NewStoreAsync();
}

public sealed class Neo4jExportContract(Neo4jContainerFixture neo4j) : ExportContract, IClassFixture<Neo4jContainerFixture>
{
    protected override Task<IGraphStore> CreateStoreAsync() => neo4j.NewStoreAsync();
}

public sealed class Neo4jBookkeepingContract(Neo4jContainerFixture neo4j) : BookkeepingContract, IClassFixture<Neo4jContainerFixture>
{
    protected override Task<IGraphStore> CreateStoreAsync() => neo4j.NewStoreAsync();
}

public sealed class Neo4jReviewContract(Neo4jContainerFixture neo4j) : ReviewContract, IClassFixture<Neo4jContainerFixture>
{
    protected override Task<IGraphStore> CreateStoreAsync() => neo4j.NewStoreAsync();
}

public sealed class Neo4jFilterContract(Neo4jContainerFixture neo4j) : FilterContract, IClassFixture<Neo4jContainerFixture>
{
    protected override Task<IGraphStore> CreateStoreAsync() => neo4j.NewStoreAsync();
}

public sealed class Neo4jCountryContract(Neo4jContainerFixture neo4j) : CountryContract, IClassFixture<Neo4jContainerFixture>
{
    protected override Task<IGraphStore> CreateStoreAsync() => neo4j.NewStoreAsync();
}
