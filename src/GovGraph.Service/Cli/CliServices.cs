using System.CommandLine;
using GovGraph.Core.Storage;
using GovGraph.Service.Hosting;
using Microsoft.Extensions.Options;

namespace GovGraph.Service.Cli;

/// <summary>
/// What a one-shot command needs (store, paths, processor), resolved from the same configuration
/// sources and the same registrations as the long-running host: appsettings.json, environment
/// variables (GovGraph__Store, GOVGRAPH_DB), then the command line.
/// </summary>
public sealed class CliServices : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private CliServices(ServiceProvider provider) => this.provider = provider;

    /// <param name="parseResult">The command line.</param>
    /// <param name="waiting">Told when a write waits long for another GovGraph process's lock.</param>
    /// <param name="overrides">Settings over the command line's (the target store of `copy`).</param>
    public static CliServices Create(ParseResult parseResult, Action? waiting = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(CommonOptions.ToConfiguration(parseResult))
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<GovGraphOptions>().BindConfiguration(GovGraphOptions.Section).ValidateDataAnnotations();
        services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.Section).ValidateDataAnnotations();
        services.AddOptions<ParsingOptions>().BindConfiguration(ParsingOptions.Section).ValidateDataAnnotations();
        services.AddSingleton<GovGraphPaths>();
        services.AddSingleton<ProcessorProvider>();
        if (waiting is not null)
        {
            services.AddSingleton(new StoreWaitNotice(waiting));
        }
        services.AddGovGraphStore(configuration);
        return new CliServices(services.BuildServiceProvider());
    }

    public GovGraphPaths Paths => provider.GetRequiredService<GovGraphPaths>();

    public GovGraphOptions Options => provider.GetRequiredService<IOptions<GovGraphOptions>>().Value;

    public WorkerOptions Worker => provider.GetRequiredService<IOptions<WorkerOptions>>().Value;

    public ProcessorProvider Processors => provider.GetRequiredService<ProcessorProvider>();

    /// <summary>The opened store's own rule for which failures are transient.</summary>
    public IStoreFailureRules FailureRules => provider.GetRequiredService<IStoreFailureRules>();

    /// <summary>Opens the store and makes sure its schema and taxonomy are current.</summary>
    public async Task<IGraphStore> OpenStoreAsync(bool writeTaxonomy, CancellationToken cancellationToken)
    {
        var store = provider.GetRequiredService<IGraphStore>();
        await store.InitializeAsync(cancellationToken);
        if (writeTaxonomy)
        {
            await store.UpsertTaxonomyAsync(TaxonomyNodes.From(Processors.Taxonomy), cancellationToken);
        }
        return store;
    }

    /// <summary>Where the store is, for messages: the SQLite file or the Neo4j server.</summary>
    public string StoreDescription =>
        Options.Store == StoreKinds.Neo4j ? "Neo4j (GovGraph:Neo4j)" : Paths.DatabasePath;

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
