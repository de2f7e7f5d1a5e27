using GovGraph.Core.Graph;
using GovGraph.Core.Queries;
using GovGraph.StoreContract.Fixtures;
using Xunit;
using static GovGraph.StoreContract.Fixtures.ReferenceGraph;

namespace GovGraph.StoreContract;

/// <summary>Deleting a document removes exactly what only it supported, and the derived counts follow every step.</summary>
public abstract class DeleteContract : StoreContract
{
    [Fact]
    public async Task Deleting_a_document_removes_exactly_the_facts_only_it_supported()
    {
        var store = await StoreWithAsync(Reference(), ChineseReport(), UnSpeech());

        Assert.True(await store.DeleteDocumentAsync(ChineseReport().Document.Id, Ct));

        Assert.Null(await store.GetDocumentAsync(ChineseReport().Document.Id, Ct));
        var xi = await store.GetPersonAsync(Xi, Ct);
        Assert.NotNull(xi);
        Assert.Equal([Wic2023], xi.Events.Select(e => e.EventId));
        Assert.Equal(1, xi.Person.Documents);
        // The second WIC stays: the reference document still says the vision was first proposed there.
        var secondWic = await store.GetEventAsync(Wic2015, Ct);
        Assert.NotNull(secondWic);
        Assert.Empty(secondWic.Speakers);
        var community = await store.GetConceptAsync(CommunityOfSharedFuture, Ct);
        Assert.Equal([Wic2015], community!.FirstProposedAt.Select(e => e.Id));
        await AssertDerivedCountsAsync(store, ExpectedCounts.From([Reference(), UnSpeech()]));
    }

    [Fact]
    public async Task Deleting_an_unknown_document_answers_false_and_changes_nothing()
    {
        var store = await StoreWithAsync(Reference());
        var before = await ExportAsync(store);

        Assert.False(await store.DeleteDocumentAsync("doc-00000000000000000000000000000000", Ct));

        Assert.Equal(before, await ExportAsync(store));
    }

    [Fact]
    public async Task Nodes_no_remaining_document_supports_are_removed_but_taxonomy_concepts_stay()
    {
        var store = await StoreWithAsync(Reference(), UnSpeech());

        await store.DeleteDocumentAsync(UnSpeech().Document.Id, Ct);

        Assert.Null(await store.GetPersonAsync(Guterres, Ct));
        Assert.Null(await store.GetEventAsync(SummitOfTheFuture, Ct));
        Assert.Null(await store.GetNeighborhoodAsync(NewYork, 1, 10, Ct));
        Assert.NotNull(await store.GetConceptAsync(DigitalDivide, Ct));

        await store.DeleteDocumentAsync(Reference().Document.Id, Ct);

        Assert.Null(await store.GetConceptAsync(BlocConfrontation, Ct));
        Assert.Null(await store.GetPersonAsync(Xi, Ct));
        Assert.Null(await store.GetEventAsync(Wic2023, Ct));
        Assert.Null(await store.GetEventAsync(Wic2015, Ct));
        Assert.Empty((await store.ListEventSeriesAsync(PageRequest.Default, Ct)).Items);
        var concepts = await store.ListConceptsAsync(new ConceptFilter(null, null, null), PageRequest.Default, Ct);
        Assert.Equal(Taxonomy.Select(c => c.Id).Order(StringComparer.Ordinal), concepts.Items.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.All(concepts.Items, c => Assert.Equal((0, 0), (c.Mentions, c.Documents)));
        Assert.Equal(new GraphStats(0, Taxonomy.Count, 0, 0, 0, 0, 0, 0), await store.GetStatsAsync(Ct));
        var initiative = await store.GetConceptAsync(GlobalAiInitiative, Ct);
        Assert.Equal([AiGovernance], initiative!.Broader.Select(b => b.Id));
    }

    [Fact]
    public async Task Derived_counts_are_exact_after_every_write_replace_and_delete()
    {
        var store = await StoreWithAsync();
        var held = new List<GraphBatch>();
        async Task Step(Func<Task> change, Action<List<GraphBatch>> model)
        {
            await change();
            model(held);
            await AssertDerivedCountsAsync(store, ExpectedCounts.From(held));
        }

        await Step(() => store.WriteAsync(Reference(), Ct), h => h.Add(Reference()));
        await Step(() => store.WriteAsync(ChineseReport(), Ct), h => h.Add(ChineseReport()));
        await Step(() => store.WriteAsync(UnSpeech(), Ct), h => h.Add(UnSpeech()));
        await Step(() => store.WriteAsync(ReferenceRevised(), Ct), h => h[0] = ReferenceRevised());
        await Step(() => store.DeleteDocumentAsync(UnSpeech().Document.Id, Ct), h => h.RemoveAt(2));
        await Step(() => store.WriteAsync(Reference(), Ct), h => h[0] = Reference());
        await Step(() => store.DeleteDocumentAsync(ChineseReport().Document.Id, Ct), h => h.RemoveAt(1));
        await Step(() => store.DeleteDocumentAsync(Reference().Document.Id, Ct), h => h.Clear());
    }

    [Fact]
    public async Task Deleting_and_writing_a_document_again_gives_the_graph_a_fresh_store_has()
    {
        var fresh = await StoreWithAsync(Reference(), ChineseReport(), UnSpeech());
        var churned = await StoreWithAsync(Reference(), ChineseReport(), UnSpeech());

        await churned.DeleteDocumentAsync(Reference().Document.Id, Ct);
        await churned.WriteAsync(Reference(), Ct);

        Assert.Equal(await ExportAsync(fresh), await ExportAsync(churned));
    }
}
