using GovGraph.Core.Queries;
using GovGraph.Sqlite.Writing;

namespace GovGraph.Sqlite;

internal sealed partial class SqliteGraphReader
{
    /// <summary>
    /// A window of the stored text. The text is one Brotli blob (or plain text in files written before migration
    /// 004), so the whole text is decoded and the window cut from it: the callers cap the window, not the read.
    /// </summary>
    public Task<DocumentTextSlice?> GetDocumentTextAsync(string documentId, int offset, int length, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return Read(session =>
        {
            var command = session.Command("""
                SELECT t.text, t.text_brotli FROM document d LEFT JOIN document_text t ON t.document_id = d.id WHERE d.id = $id
                """).Bind("$id", documentId);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }
            var text = reader.IsDBNull(1) ? reader.NullableString(0) ?? "" : DocumentTextCodec.Decompress((byte[])reader.GetValue(1));
            var start = Math.Min(offset, text.Length);
            var window = text.Substring(start, Math.Min(length, text.Length - start));
            return new DocumentTextSlice(documentId, offset, text.Length, window);
        }, cancellationToken);
    }
}
