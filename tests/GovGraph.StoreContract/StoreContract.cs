using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using GovGraph.Core.Storage;
using GovGraph.StoreContract.Fixtures;
using Xunit;

namespace GovGraph.StoreContract;

/// <summary>
/// The base of every contract class: a store implementation derives each one and says how to make a fresh,
/// empty, initialised store. Nothing here knows which store it is talking to.
/// </summary>
public abstract class StoreContract : IAsyncDisposable
{
    private readonly List<IGraphStore> _stores = [];

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty store on which <see cref="IGraphStore.InitializeAsync"/> has run.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <summary>Releases what the implementation made for its stores (files, containers) after they are disposed.</summary>
    protected virtual ValueTask CleanUpAsync() => ValueTask.CompletedTask;

    protected async Task<IGraphStore> NewStoreAsync()
    {
        var store = await CreateStoreAsync();
        _stores.Add(store);
        return store;
    }

    /// <summary>A store holding the taxonomy and the given batches, written in order.</summary>
    protected async Task<IGraphStore> StoreWithAsync(params GraphBatch[] batches)
    {
        var store = await NewStoreAsync();
        await store.UpsertTaxonomyAsync(ReferenceGraph.Taxonomy, Ct);
        foreach (var batch in batches)
        {
            await store.WriteAsync(batch, Ct);
        }
        return store;
    }

    protected static async Task<string> ExportAsync(IGraphStore store) =>
        await Core.Export.JsonExportWriter.WriteToStringAsync(store.ExportAsync(Ct), Ct);

    /// <summary>Every derived count the store answers with equals the recomputation from the batches it should hold.</summary>
    protected static async Task AssertDerivedCountsAsync(IGraphStore store, ExpectedCounts expected)
    {
        var stats = await store.GetStatsAsync(Ct);
        Assert.Equal(expected.Documents, stats.Documents);
        Assert.Equal(expected.Mentions, stats.Mentions);
        Assert.Equal(expected.Statements, stats.Statements);
        var concepts = await store.ListConceptsAsync(new ConceptFilter(null, null, null), new PageRequest(0, PageRequest.MaxLimit), Ct);
        foreach (var concept in concepts.Items)
        {
            var (mentions, documents) = expected.Concepts.GetValueOrDefault(concept.Id);
            Assert.True((mentions, documents) == (concept.Mentions, concept.Documents),
                $"{concept.Id}: expected {mentions} mentions in {documents} documents, the store says {concept.Mentions} in {concept.Documents}.");
            var co = await store.GetCoOccurrencesAsync(concept.Id, FactFilter.None, Ct);
            Assert.NotNull(co);
            Assert.Equal(documents, co.ConceptDocuments);
            Assert.Equal(expected.Documents, co.TotalDocuments);
            var expectedOthers = expected.Pairs
                .Where(p => p.Key.Item1 == concept.Id || p.Key.Item2 == concept.Id)
                .Select(p => (Other: p.Key.Item1 == concept.Id ? p.Key.Item2 : p.Key.Item1, Shared: p.Value))
                .OrderBy(p => p.Other, StringComparer.Ordinal).ToList();
            var actualOthers = co.Others.Select(o => (o.ConceptId, o.SharedDocuments)).OrderBy(p => p.ConceptId, StringComparer.Ordinal).ToList();
            Assert.Equal(expectedOthers, actualOthers);
            foreach (var other in co.Others)
            {
                Assert.Equal(expected.Concepts.GetValueOrDefault(other.ConceptId).Documents, other.OtherDocuments);
            }
            var stances = await store.GetConceptStancesAsync(concept.Id, FactFilter.None, Ct);
            var expectedStances = expected.Stances.Where(s => s.Key.Concept == concept.Id)
                .Select(s => (s.Key.Person, s.Value.Support, s.Value.Oppose, s.Value.Neutral)).OrderBy(s => s.Person, StringComparer.Ordinal).ToList();
            Assert.Equal(expectedStances, stances.Select(s => (s.PersonId, s.Support, s.Oppose, s.Neutral)).OrderBy(s => s.PersonId, StringComparer.Ordinal).ToList());
        }
        foreach (var id in expected.Concepts.Keys)
        {
            Assert.Contains(concepts.Items, c => c.Id == id);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
        _stores.Clear();
        await CleanUpAsync();
        GC.SuppressFinalize(this);
    }
}
