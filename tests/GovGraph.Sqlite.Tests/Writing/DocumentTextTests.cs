using System.IO.Compression;
using System.Text;
using GovGraph.Sqlite.Reading;
using GovGraph.Sqlite.Tests.Support;
using GovGraph.Sqlite.Writing;
using Microsoft.Data.Sqlite;
using Xunit;
using static GovGraph.StoreContract.Fixtures.ReferenceGraph;

namespace GovGraph.Sqlite.Tests.Writing;

/// <summary>
/// The store keeps every document's normalised text, compressed in blocks: whether the extraction thread
/// prepared the batch or the writer compressed it itself, the text comes back exactly, Chinese included; any
/// window of it reads the same as the same window of the text, across block boundaries and surrogate pairs;
/// and rows in the forms older versions wrote (one Brotli stream, plain text) still read.
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
            using var connection = Open($"Data Source={path};Mode=ReadOnly;Pooling=False");
            var text = ReadStored(connection, "document_text t WHERE t.document_id = $id", document.Id);
            Assert.Equal(document.Text, text.Whole());
            Assert.Equal(document.Text.Length, text.Length);
        }
        Assert.Contains(unprepared.Document.Text, c => c >= '\u4e00' && c <= '\u9fff');
    }

    [Fact]
    public void Any_window_of_a_text_in_several_blocks_reads_as_the_same_window_of_the_text()
    {
        // Three and a half blocks of mixed English, Chinese and an emoji (a surrogate pair) placed to straddle the
        // first block boundary, so a block must end one character early to keep the pair whole.
        var text = new StringBuilder();
        while (text.Length < DocumentTextCodec.BlockChars - 1)
        {
            text.Append("Cyber sovereignty matters. 尊重网络主权。 ");
        }
        text.Length = DocumentTextCodec.BlockChars - 1;
        text.Append("\U0001F310 the internet is governed together. ");
        while (text.Length < DocumentTextCodec.BlockChars * 7 / 2)
        {
            text.Append("各国共同构建网络空间命运共同体, and every state has a voice. ");
        }
        var original = text.ToString();
        var compressed = DocumentTextCodec.Compress(original);
        Assert.Equal(4, DocumentTextCodec.Blocks(compressed.Index));

        using var connection = Open("Data Source=:memory:");
        var stored = StoreRow(connection, "", compressed.Blocks, compressed.Index);
        Assert.Equal(original, stored.Whole());
        var boundary = DocumentTextCodec.BlockChars;
        foreach (var (start, length) in new[] { (0, 10), (boundary - 5, 12), (boundary - 1, 3), (boundary * 2 - 100, boundary + 200), (original.Length - 7, 50), (original.Length + 5, 10), (3, 0) })
        {
            var expectedStart = Math.Min(start, original.Length);
            Assert.Equal(original.Substring(expectedStart, Math.Min(length, original.Length - expectedStart)), stored.Slice(start, length));
        }
    }

    [Fact]
    public void Rows_written_before_blocks_read_as_they_were_written()
    {
        const string text = "The Forum called for an open, secure and peaceful cyberspace. 网络空间命运共同体。";
        using var connection = Open("Data Source=:memory:");

        var stream = new MemoryStream();
        using (var brotli = new BrotliStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(Encoding.UTF8.GetBytes(text));
        }
        var oneStream = StoreRow(connection, "", stream.ToArray(), null);
        Assert.Equal(text, oneStream.Whole());
        Assert.Equal(text.Substring(20, 15), oneStream.Slice(20, 15));

        var plain = StoreRow(connection, text, null, null);
        Assert.Equal(text.Length, plain.Length);
        Assert.Equal(text[^10..], plain.Slice(text.Length - 10, 100));
    }

    private static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static StoredText StoreRow(SqliteConnection connection, string plain, byte[]? brotli, byte[]? blocks)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "DROP TABLE IF EXISTS t; CREATE TABLE t (text TEXT NOT NULL, text_brotli BLOB, text_blocks BLOB); INSERT INTO t VALUES ($plain, $brotli, $blocks)";
            create.Parameters.AddWithValue("$plain", plain);
            create.Parameters.AddWithValue("$brotli", (object?)brotli ?? DBNull.Value);
            create.Parameters.AddWithValue("$blocks", (object?)blocks ?? DBNull.Value);
            create.ExecuteNonQuery();
        }
        return ReadStored(connection, "t", null);
    }

    private static StoredText ReadStored(SqliteConnection connection, string from, string? documentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {StoredText.Columns} FROM {from}";
        if (documentId is not null)
        {
            command.Parameters.AddWithValue("$id", documentId);
        }
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), $"no stored text in {from}");
        return StoredText.Read(reader, 0);
    }

    public void Dispose() => _database.Dispose();
}
