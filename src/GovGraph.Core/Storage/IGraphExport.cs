namespace GovGraph.Core.Storage;

/// <summary>The whole graph in a stable order, for `govgraph export` and the store-faithful exports.</summary>
public interface IGraphExport
{
    /// <summary>All nodes sorted by id, then all relationships sorted by (type, start, end): the stable order export needs.</summary>
    IAsyncEnumerable<ExportRecord> ExportAsync(CancellationToken cancellationToken);
}
