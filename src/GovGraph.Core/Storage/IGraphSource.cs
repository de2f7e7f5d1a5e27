using GovGraph.Core.Graph;

namespace GovGraph.Core.Storage;

/// <summary>
/// A store that can hand back what it holds as the writes that would make it again: the taxonomy, then one
/// <see cref="GraphBatch"/> per stored document, exactly as the ingest flow would have written it. This is what
/// `govgraph copy` reads, so a copy goes through the target store's own writes (and its own derived counts).
/// </summary>
public interface IGraphSource
{
    /// <summary>The taxonomy concepts (status taxonomy, with their BROADER ids, aliases and thesaurus links), by id.</summary>
    Task<IReadOnlyList<ConceptNode>> GetTaxonomyConceptsAsync(CancellationToken cancellationToken);

    /// <summary>How many documents <see cref="ReadBatchesAsync"/> yields.</summary>
    Task<int> CountDocumentsAsync(CancellationToken cancellationToken);

    /// <summary>Every stored document as the batch that writes it (document, text, nodes, facts), by document id.</summary>
    IAsyncEnumerable<GraphBatch> ReadBatchesAsync(CancellationToken cancellationToken);
}
