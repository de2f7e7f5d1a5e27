using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using GovGraph.Core.Storage;
using GovGraph.Neo4j.Tests.Support;
using GovGraph.Neo4j.Transport;
using Microsoft.Extensions.Options;
using Xunit;

namespace GovGraph.Neo4j.Tests.Contract;

/// <summary>
/// One neo4j:5 container per contract class (generic ContainerBuilder, ready when the Query API port 7474
/// answers). Where no Docker engine answers, nothing starts and every test using it is skipped with the reason.
/// </summary>
public sealed class Neo4jContainerFixture : IAsyncLifetime
{
    private const string Password = "govgraph-contract";
    private IContainer? _container;

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        SkipReason = await DockerEngine.UnavailableReasonAsync();
        if (SkipReason is not null)
        {
            return;
        }
        _container = new ContainerBuilder("neo4j:5")
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{Password}")
            .WithPortBinding(7474, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
            .Build();
        await _container.StartAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>An empty, initialised store on the container's database (the previous test's graph is wiped).</summary>
    public async Task<IGraphStore> NewStoreAsync()
    {
        if (SkipReason is not null)
        {
            Assert.Skip(SkipReason);
        }
        var options = StoreFactory.Options(new Uri($"http://{_container!.Hostname}:{_container.GetMappedPublicPort(7474)}/"));
        options.Password = Password;
        var transport = new QueryApiTransport(new HttpClient(), Options.Create(options));
        // Test set-up, not a store statement: wipes what the previous test in this class wrote.
        await transport.RunAsync(CypherStatement.Of("test-wipe", "MATCH (n) DETACH DELETE n"), AccessMode.Write, TestContext.Current.CancellationToken);
        var store = StoreFactory.Store(transport, options);
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
