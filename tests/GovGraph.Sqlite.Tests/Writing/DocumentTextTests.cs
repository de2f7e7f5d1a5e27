using GovGraph.Sqlite.Tests.Support;
using GovGraph.Sqlite.Writing;
using Microsoft.Data.Sqlite;
using Xunit;
using static GovGraph.StoreContract.Fixtures.ReferenceGraph;

namespace GovGraph.Sqlite.Tests.Writing;

/// <summary>
/// The store keeps every document's normalised text, compressed: whether the extraction thread prepared
/// the batch or the writer compressed it itself, the text comes back exactly, Chinese included.
/// </summary>
public sealed class DocumentTextTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stored_text_decompresses_to_the_documents_text_prepared_or_not()
    {
        var path = _database.NewPath();
        var prepared = Reference();
        var unprepared = ChineseReport();
        await using (var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions(path), Ct))
        {
            await store.UpsertTaxonomyAsync(Taxonomy, Ct);
            store.PrepareForWrite(prepared);
            await store.WriteAsync(prepared, Ct);
            await store.WriteAsync(unprepared, Ct);
        }

        foreach (var document in new[] { prepared.Document, unprepared.Document })
        {
            var (plain, compressed) = StoredText(path, document.Id);
            Assert.Equal("", plain);
            Assert.Equal(document.Text, DocumentTextCodec.Decompress(compressed));
        }
        Assert.Contains(unprepared.Document.Text, c => c >= '\u4e00' && c <= '\u9fff');
    }

    private static (string Plain, byte[] Compressed) StoredText(string path, string documentId)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text, text_brotli FROM document_text WHERE document_id = $id";
        command.Parameters.AddWithValue("$id", documentId);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), $"no stored text for {documentId}");
        return (reader.GetString(0), (byte[])reader.GetValue(1));
    }

    public void Dispose() => _database.Dispose();
}
