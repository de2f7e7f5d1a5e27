using GovGraph.Core.Graph;
using Xunit;
using static GovGraph.StoreContract.Fixtures.ReferenceGraph;

namespace GovGraph.StoreContract;

/// <summary>Traversals for the explorer: neighbourhoods within their caps, and shortest paths with the evidence of each hop.</summary>
public abstract class GraphContract : StoreContract
{
    [Fact]
    public async Task A_neighbourhood_holds_the_node_its_neighbours_and_the_edges_between_them()
    {
        var store = await StoreWithAsync(Reference(), ChineseReport(), UnSpeech());

        var view = await store.GetNeighborhoodAsync(Xi, 1, 500, Ct);

        Assert.NotNull(view);
        Assert.False(view.Truncated);
        Assert.Equal((Xi, NodeLabels.Person, "Xi Jinping"), (view.Nodes[0].Id, view.Nodes[0].Label, view.Nodes[0].Name));
        var ids = view.Nodes.Select(n => n.Id).ToHashSet();
        Assert.Equal(ids.Count, view.Nodes.Count);
        Assert.Contains(Wic2023, ids);
        Assert.Contains(Reference().Document.Id, ids);
        Assert.Contains(Hegemony, ids);
        Assert.DoesNotContain(Guterres, ids);
        Assert.All(view.Edges, e => Assert.True(ids.Contains(e.StartId) && ids.Contains(e.EndId), $"{e.Type} {e.StartId}->{e.EndId} leaves the view"));
        Assert.Contains(view.Edges, e => (e.Type, e.StartId, e.EndId) == (RelationshipTypes.SpokeAt, Xi, Wic2023));
        Assert.Contains(view.Edges, e => (e.Type, e.StartId, e.EndId, e.Weight) == (RelationshipTypes.Opposes, Xi, Hegemony, 1));
        Assert.Contains(view.Edges, e => (e.Type, e.StartId, e.EndId, e.Weight) == (RelationshipTypes.Advocates, Xi, CyberSovereignty, 2));
        Assert.Contains(view.Edges, e => (e.Type, e.StartId, e.EndId, e.Weight) == (RelationshipTypes.Mentions, Reference().Document.Id, Xi, 4));
        Assert.Equal(Reference().Statements.Count + ChineseReport().Statements.Count, view.Edges.Count(e => e.Type == RelationshipTypes.Made));
    }

    [Fact]
    public async Task A_neighbourhood_reaches_further_with_depth_and_stops_at_its_cap()
    {
        var store = await StoreWithAsync(Reference(), ChineseReport(), UnSpeech());

        var itself = await store.GetNeighborhoodAsync(Xi, 0, 50, Ct);
        var near = await store.GetNeighborhoodAsync(Xi, 1, 500, Ct);
        var far = await store.GetNeighborhoodAsync(Xi, 3, 500, Ct);
        var capped = await store.GetNeighborhoodAsync(Xi, 3, 4, Ct);

        Assert.Equal([Xi], itself!.Nodes.Select(n => n.Id));
        Assert.Empty(itself.Edges);
        Assert.DoesNotContain(near!.Nodes, n => n.Id == Guterres);
        Assert.Contains(far!.Nodes, n => n.Id == Guterres);
        Assert.Contains(far.Nodes, n => n.Id == WicSeries && n.Label == NodeLabels.EventSeries);
        Assert.Equal(4, capped!.Nodes.Count);
        Assert.True(capped.Truncated);
        Assert.Equal(Xi, capped.Nodes[0].Id);
        var ids = capped.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(capped.Edges, e => Assert.True(ids.Contains(e.StartId) && ids.Contains(e.EndId)));
        Assert.All(capped.Nodes.Skip(1), n => Assert.Contains(capped.Edges, e => e.StartId == n.Id || e.EndId == n.Id));
    }

    [Fact]
    public async Task A_shortest_path_carries_the_evidence_of_each_hop()
    {
        var store = await StoreWithAsync(Reference(), ChineseReport(), UnSpeech());

        var path = await store.GetShortestPathAsync(Guterres, Xi, 4, Ct);

        Assert.NotNull(path);
        Assert.Equal(2, path.Edges.Count);
        Assert.Equal(Guterres, path.Nodes[0].Id);
        Assert.Equal(Xi, path.Nodes[^1].Id);
        Assert.Equal(3, path.Nodes.Count);
        for (var i = 0; i < path.Edges.Count; i++)
        {
            var edge = path.Edges[i];
            Assert.True(new[] { edge.StartId, edge.EndId }.Order().SequenceEqual(new[] { path.Nodes[i].Id, path.Nodes[i + 1].Id }.Order()),
                $"hop {i} ({edge.Type}) does not join {path.Nodes[i].Id} and {path.Nodes[i + 1].Id}");
            Assert.NotEmpty(edge.Evidence);
            Assert.All(edge.Evidence, e => Assert.False(string.IsNullOrWhiteSpace(e.Sentence)));
        }
    }

    [Fact]
    public async Task A_path_with_evidence_from_a_statement_quotes_its_sentence()
    {
        var store = await StoreWithAsync(Reference());
        var statement = Reference().Statements.Single(s => s.Stance == Stance.Oppose);

        var path = await store.GetShortestPathAsync(statement.Id, Wic2023, 3, Ct);

        var hop = Assert.Single(path!.Edges);
        Assert.Equal((RelationshipTypes.At, statement.Id, Wic2023), (hop.Type, hop.StartId, hop.EndId));
        var evidence = Assert.Single(hop.Evidence);
        Assert.Equal((Stance.Oppose, Xi), (evidence.Stance, evidence.PersonId));
        Assert.Equal("He called for opposing hegemony, bloc confrontation and arms races in cyberspace.", evidence.Sentence);
    }

    [Fact]
    public async Task No_path_within_the_depth_or_to_an_isolated_node_is_null()
    {
        var store = await StoreWithAsync(Reference(), ChineseReport(), UnSpeech());

        Assert.Null(await store.GetShortestPathAsync(Guterres, Xi, 1, Ct));
        Assert.Null(await store.GetShortestPathAsync(Xi, DataSecurity, 6, Ct));
        var itself = await store.GetShortestPathAsync(Xi, Xi, 3, Ct);
        Assert.Equal([Xi], itself!.Nodes.Select(n => n.Id));
        Assert.Empty(itself.Edges);
    }
}
