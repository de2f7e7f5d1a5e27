using System.IO.Compression;
using System.Text;

namespace GovGraph.Sqlite.Writing;

/// <summary>
/// A document's normalised text as stored in document_text.text_brotli: UTF-8, Brotli at quality 1. The
/// texts were two thirds of the file and the largest share of what a commit writes; at quality 1 Brotli
/// compresses at hundreds of MB/s on the extraction threads and stores the corpus's text in about a third
/// of the space.
/// </summary>
internal static class DocumentTextCodec
{
    private const int Quality = 1;
    private const int Window = 22;

    public static byte[] Compress(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(utf8.Length)];
        if (!BrotliEncoder.TryCompress(utf8, buffer, out var written, Quality, Window))
        {
            throw new InvalidOperationException("Brotli could not compress a document's text into its maximum compressed length.");
        }
        return buffer.AsSpan(0, written).ToArray();
    }

    public static string Decompress(byte[] compressed)
    {
        using var input = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(input, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
