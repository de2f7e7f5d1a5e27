using GovGraph.Core.Graph;
using GovGraph.Core.Taxonomy;

namespace GovGraph.Service.Hosting;

/// <summary>The taxonomy as Concept nodes for IGraphStore.UpsertTaxonomyAsync.</summary>
public static class TaxonomyNodes
{
    public static IReadOnlyList<ConceptNode> From(TaxonomySet taxonomy) =>
        [.. taxonomy.Concepts.Select(c => c.ToNode())];
}
