using GovGraph.Core.Queries;

namespace GovGraph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    /// <summary>A window of Document.text, cut on the server so only the window crosses the wire.</summary>
    public async Task<DocumentTextSlice?> GetDocumentTextAsync(string documentId, int offset, int length, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var result = await ReadAsync("query-document-text", cancellationToken, ("documentId", documentId), ("offset", offset), ("length", length));
        return result.Single() is { } r ? new DocumentTextSlice(documentId, offset, r.Int("total"), r.String("text") ?? "") : null;
    }
}
