using GovGraph.Core.Storage;
using GovGraph.Neo4j.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace GovGraph.Neo4j.Tests.Protocol;

/// <summary>AddGovGraphNeo4jStore binds "GovGraph:Neo4j", refuses bad settings, and its store reaches the configured server.</summary>
public sealed class ServiceRegistrationTests
{
    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddGovGraphNeo4jStore();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task The_store_is_configured_from_the_section_and_pings_the_configured_database()
    {
        using var server = new QueryApiServer();
        server.Then(200, """{"data":{"fields":["ok"],"values":[[{"$type":"Integer","_value":"1"}]]},"bookmarks":[]}""");
        await using var provider = Provider(new()
        {
            ["GovGraph:Neo4j:Uri"] = server.Uri.ToString(),
            ["GovGraph:Neo4j:Database"] = "graphs",
            ["GovGraph:Neo4j:BearerToken"] = "aura-token",
        });

        var store = provider.GetRequiredService<IGraphStore>();

        Assert.IsType<Neo4jGraphStore>(store);
        Assert.True(await store.PingAsync(TestContext.Current.CancellationToken));
        var request = Assert.Single(server.Requests);
        Assert.Equal("/db/graphs/query/v2", request.Path);
        Assert.Equal("Bearer aura-token", request.Authorization);
    }

    [Theory]
    [InlineData(null, "neo4j")]
    [InlineData("bolt://localhost:7687", "neo4j")]
    [InlineData("http://localhost:7474", "no spaces allowed")]
    public void Settings_the_query_api_cannot_use_are_refused(string? uri, string database)
    {
        using var provider = Provider(new() { ["GovGraph:Neo4j:Uri"] = uri, ["GovGraph:Neo4j:Database"] = database });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<Neo4jStoreOptions>>().Value);
    }
}
