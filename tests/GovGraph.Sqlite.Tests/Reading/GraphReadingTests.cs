using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using GovGraph.Sqlite.Tests.Support;
using Xunit;
using static GovGraph.StoreContract.Fixtures.ReferenceGraph;

namespace GovGraph.Sqlite.Tests.Reading;

/// <summary>
/// The embedded store's read shortcuts (relationships and the concept catalogue cached until the next
/// commit, names looked up per label after the traversal, a path search that starts from the less
/// connected end and stops at the first meeting, a search filtered in memory) answer what the slower,
/// plainer reads answered, and never an answer from before a commit.
/// </summary>
public sealed class GraphReadingTests : IAsyncDisposable
{
    private readonly TempDatabase _database = new();
    private SqliteGraphStore? _store;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<SqliteGraphStore> StoreAsync()
    {
        _store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(_database.NewPath()), Ct);
        await _store.UpsertTaxonomyAsync(Taxonomy, Ct);
        foreach (var batch in new[] { Reference(), ChineseReport(), UnSpeech() })
        {
            await _store.WriteAsync(batch, Ct);
        }
        return _store;
    }

    [Fact]
    public async Task Every_node_of_a_neighbourhood_is_named_from_its_own_table()
    {
        var store = await StoreAsync();

        var view = await store.GetNeighborhoodAsync(Xi, 2, 500, Ct);

        var expected = new Dictionary<string, string>(StringComparer.Ordinal) { [Xi] = XiJinping.Name, [Wic2023] = Wic2023Summit.Name };
        foreach (var batch in new[] { Reference(), ChineseReport(), UnSpeech() })
        {
            expected[batch.Document.Id] = batch.Document.Title;
            foreach (var statement in batch.Statements)
            {
                expected[statement.Id] = statement.Quote;
            }
        }
        foreach (var concept in Taxonomy)
        {
            expected[concept.Id] = concept.Name;
        }
        var checkedNodes = view!.Nodes.Where(n => expected.ContainsKey(n.Id)).ToList();
        Assert.Contains(checkedNodes, n => n.Label == NodeLabels.Document);
        Assert.Contains(checkedNodes, n => n.Label == NodeLabels.Statement);
        Assert.Contains(checkedNodes, n => n.Label == NodeLabels.Concept);
        Assert.All(checkedNodes, n => Assert.Equal(expected[n.Id], n.Name));
    }

    [Fact]
    public async Task A_path_has_the_same_length_whichever_end_it_starts_from()
    {
        var store = await StoreAsync();

        foreach (var (a, b) in new[] { (Xi, DigitalDivide), (Guterres, Wuzhen), (Reference().Document.Id, NewYork) })
        {
            var there = await store.GetShortestPathAsync(a, b, 6, Ct);
            var back = await store.GetShortestPathAsync(b, a, 6, Ct);

            Assert.NotNull(there);
            Assert.NotNull(back);
            Assert.Equal(there.Edges.Count, back.Edges.Count);
            Assert.Equal((a, b), (there.Nodes[0].Id, there.Nodes[^1].Id));
            for (var i = 0; i < there.Edges.Count; i++)
            {
                var edge = there.Edges[i];
                Assert.Equal(new[] { there.Nodes[i].Id, there.Nodes[i + 1].Id }.Order(StringComparer.Ordinal), new[] { edge.StartId, edge.EndId }.Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public async Task A_search_page_past_the_last_match_still_counts_the_matches()
    {
        var store = await StoreAsync();

        var first = await store.ListConceptsAsync(new ConceptFilter("cyber", null, null), new PageRequest(0, 1), Ct);
        var beyond = await store.ListConceptsAsync(new ConceptFilter("cyber", null, null), new PageRequest(100, 10), Ct);
        var none = await store.ListConceptsAsync(new ConceptFilter("no such concept", null, null), new PageRequest(0, 10), Ct);

        Assert.True(first.Total > 1);
        Assert.Single(first.Items);
        Assert.Empty(beyond.Items);
        Assert.Equal(first.Total, beyond.Total);
        Assert.Equal(0, none.Total);
    }

    [Fact]
    public async Task A_search_takes_like_wildcards_literally()
    {
        var store = await StoreAsync();

        async Task<int> Count(string query) => (await store.ListConceptsAsync(new ConceptFilter(query, null, null), PageRequest.Default, Ct)).Total;

        Assert.Equal(0, await Count("_"));
        Assert.Equal(0, await Count("%"));
        Assert.Equal(0, await Count("\\"));
        Assert.Equal(0, await Count("cyber_sovereignty"));
        Assert.Equal(1, await Count("Cyber Sovereignty"));
    }

    [Fact]
    public async Task Traversals_and_searches_see_every_commit_whichever_connection_or_process_makes_it()
    {
        var path = _database.NewPath();
        _store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path), Ct);
        var reader = _store;
        await reader.UpsertTaxonomyAsync(Taxonomy, Ct);
        await reader.WriteAsync(Reference(), Ct);
        var referenceId = Reference().Document.Id;
        async Task<bool> NeighbourhoodHasReference() =>
            (await reader.GetNeighborhoodAsync(DigitalDivide, 1, 500, Ct))!.Nodes.Any(n => n.Id == referenceId);
        async Task<int?> PathLength() => (await reader.GetShortestPathAsync(Xi, Guterres, 6, Ct))?.Edges.Count;
        async Task<int> CandidatesFound() => (await reader.ListConceptsAsync(new ConceptFilter("bloc", null, ConceptStatus.Candidate), PageRequest.Default, Ct)).Total;

        // Each read once, so the relationships of the traversed nodes and the concept catalogue are now cached.
        Assert.True(await NeighbourhoodHasReference());
        Assert.Null(await PathLength());
        Assert.Equal(1, await CandidatesFound());

        // A second store on the same file stands for another process (govgraph worker beside govgraph serve).
        await using (var other = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path), Ct))
        {
            await other.WriteAsync(UnSpeech(), Ct);
            await other.DeleteDocumentAsync(referenceId, Ct);
        }
        Assert.False(await NeighbourhoodHasReference());
        Assert.Null(await PathLength());
        Assert.Equal(0, await CandidatesFound());

        // And this store's own writer: the reference document links Xi to the digital divide again,
        // and the UN speech links the digital divide to Guterres.
        await reader.WriteAsync(Reference(), Ct);
        Assert.True(await NeighbourhoodHasReference());
        Assert.NotNull(await PathLength());
        Assert.Equal(1, await CandidatesFound());
    }

    [Fact]
    public async Task Reads_in_parallel_with_writes_all_succeed_and_the_last_commit_is_what_they_see()
    {
        var store = await StoreAsync();
        var unSpeechId = UnSpeech().Document.Id;
        var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                Assert.NotNull(await store.GetNeighborhoodAsync(DigitalDivide, 2, 200, Ct));
                await store.GetShortestPathAsync(Xi, Guterres, 6, Ct);
                Assert.True((await store.ListConceptsAsync(new ConceptFilter("digital", null, null), PageRequest.Default, Ct)).Total > 0);
            }
        }, Ct)).ToArray();
        var allRead = Task.WhenAll(readers);

        // Replace the reference document for as long as the readers run (and at least ten times).
        for (var round = 0; round < 10 || !allRead.IsCompleted; round++)
        {
            await store.DeleteDocumentAsync(Reference().Document.Id, Ct);
            await store.WriteAsync(Reference(), Ct);
        }
        await allRead;
        await store.DeleteDocumentAsync(unSpeechId, Ct);

        var view = await store.GetNeighborhoodAsync(DigitalDivide, 1, 500, Ct);
        Assert.DoesNotContain(view!.Nodes, n => n.Id == unSpeechId);
        Assert.Contains(view.Nodes, n => n.Id == Reference().Document.Id);
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
        _database.Dispose();
    }
}
