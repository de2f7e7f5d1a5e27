using GovGraph.Core.Queries;
using GovGraph.Sqlite.Reading;

namespace GovGraph.Sqlite;

internal sealed partial class SqliteGraphReader
{
    /// <summary>
    /// A window of the stored text. Texts stored in blocks (migration 013 on) decompress only the blocks the
    /// window overlaps; older rows (one Brotli stream, or plain text before migration 004) are decoded whole.
    /// </summary>
    public Task<DocumentTextSlice?> GetDocumentTextAsync(string documentId, int offset, int length, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return Read(session =>
        {
            var command = session.Command($"""
                SELECT {StoredText.Columns} FROM document d LEFT JOIN document_text t ON t.document_id = d.id WHERE d.id = $id
                """).Bind("$id", documentId);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }
            var text = StoredText.Read(reader, 0);
            return new DocumentTextSlice(documentId, offset, text.Length, text.Slice(offset, length));
        }, cancellationToken);
    }
}
