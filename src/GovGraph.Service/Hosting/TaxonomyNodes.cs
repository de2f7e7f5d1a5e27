using GovGraph.Core.Graph;
using GovGraph.Core.Taxonomy;

namespace GovGraph.Service.Hosting;

/// <summary>The taxonomy as Concept nodes for IGraphStore.UpsertTaxonomyAsync.</summary>
public static class TaxonomyNodes
{
    public static IReadOnlyList<ConceptNode> From(TaxonomySet taxonomy) =>
        taxonomy.Concepts.Select(c => new ConceptNode
        {
            Id = c.Id,
            Name = c.Name,
            NameZh = string.IsNullOrEmpty(c.NameZh) ? null : c.NameZh,
            Category = c.Category,
            Definition = c.Definition,
            Status = ConceptStatus.Taxonomy,
            Broader = c.Broader,
            Aliases = [.. c.Aliases, .. c.AliasesZh],
        }).ToList();
}
