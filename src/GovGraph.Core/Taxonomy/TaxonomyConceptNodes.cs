using GovGraph.Core.Graph;

namespace GovGraph.Core.Taxonomy;

/// <summary>
/// A taxonomy concept as the Concept node the stores keep: one mapping for the taxonomy written at start and for
/// the concepts each document's batch carries, so a document's upsert never drops a property the taxonomy set.
/// </summary>
public static class TaxonomyConceptNodes
{
    public static ConceptNode ToNode(this TaxonomyConcept concept)
    {
        ArgumentNullException.ThrowIfNull(concept);
        return new ConceptNode
        {
            Id = concept.Id,
            Name = concept.Name,
            NameZh = string.IsNullOrEmpty(concept.NameZh) ? null : concept.NameZh,
            Category = concept.Category,
            Definition = concept.Definition,
            Status = ConceptStatus.Taxonomy,
            Broader = concept.Broader,
            Aliases = [.. concept.Aliases, .. concept.AliasesZh],
            ExactMatch = concept.Matches.ExactMatch,
            CloseMatch = concept.Matches.CloseMatch,
            BroadMatch = concept.Matches.BroadMatch,
        };
    }
}
