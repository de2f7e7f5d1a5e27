using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace GovGraph.Sqlite.Writing;

/// <summary>A document's text as document_text stores it from migration 013 on: Brotli blocks and their index.</summary>
internal sealed record CompressedText(byte[] Blocks, byte[] Index);

/// <summary>
/// A document's normalised text as stored in document_text: UTF-8, cut into blocks of about
/// <see cref="BlockChars"/> UTF-16 characters, each Brotli-compressed at quality 1 on its own, concatenated in
/// text_brotli; text_blocks holds, per block, where it ends in the text (characters) and in text_brotli
/// (bytes), as little-endian int32 pairs. Evidence sentences are cut from the text when read, and a sentence
/// costs the one or two blocks it lies in rather than the whole document; storing every evidence sentence a
/// second time, as the sentence table did, was a quarter of the file and of what ingest wrote. At quality 1
/// Brotli compresses at hundreds of MB/s on the extraction threads.
/// </summary>
internal static class DocumentTextCodec
{
    public const int BlockChars = 8192;
    private const int Quality = 1;
    private const int Window = 22;
    private const int IndexEntryBytes = 8;

    public static CompressedText Compress(string text)
    {
        var blocks = new ArrayBufferWriter<byte>(text.Length / 2 + 64);
        var index = new byte[BlockCount(text) * IndexEntryBytes];
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(BlockChars));
        try
        {
            var start = 0;
            for (var block = 0; start < text.Length; block++)
            {
                var end = BlockEnd(text, start);
                var length = Encoding.UTF8.GetBytes(text.AsSpan(start, end - start), utf8);
                var output = blocks.GetSpan(BrotliEncoder.GetMaxCompressedLength(length));
                if (!BrotliEncoder.TryCompress(utf8.AsSpan(0, length), output, out var written, Quality, Window))
                {
                    throw new InvalidOperationException("Brotli could not compress a block of a document's text into its maximum compressed length.");
                }
                blocks.Advance(written);
                BinaryPrimitives.WriteInt32LittleEndian(index.AsSpan(block * IndexEntryBytes), end);
                BinaryPrimitives.WriteInt32LittleEndian(index.AsSpan(block * IndexEntryBytes + 4), blocks.WrittenCount);
                start = end;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
        return new CompressedText(blocks.WrittenSpan.ToArray(), index);
    }

    /// <summary>A block ends after BlockChars characters, or one earlier so a surrogate pair is never cut in two.</summary>
    private static int BlockEnd(string text, int start)
    {
        var end = Math.Min(text.Length, start + BlockChars);
        return end < text.Length && char.IsHighSurrogate(text[end - 1]) ? end - 1 : end;
    }

    private static int BlockCount(string text)
    {
        var count = 0;
        for (var start = 0; start < text.Length; start = BlockEnd(text, start))
        {
            count++;
        }
        return count;
    }

    /// <summary>The index's entries: where each block ends in the text and in the blob.</summary>
    public static (int CharEnd, int ByteEnd) Entry(byte[] index, int block) =>
        (BinaryPrimitives.ReadInt32LittleEndian(index.AsSpan(block * IndexEntryBytes)),
         BinaryPrimitives.ReadInt32LittleEndian(index.AsSpan(block * IndexEntryBytes + 4)));

    public static int Blocks(byte[] index) => index.Length / IndexEntryBytes;

    /// <summary>One block's text; its character count bounds its UTF-8 size (at most three bytes a character).</summary>
    public static string DecompressBlock(ReadOnlySpan<byte> compressed, int chars)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(Math.Max(1, chars * 3));
        try
        {
            if (!BrotliDecoder.TryDecompress(compressed, utf8, out var written))
            {
                throw new InvalidDataException("A block of a stored document text does not decompress: the file is damaged.");
            }
            return Encoding.UTF8.GetString(utf8, 0, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    /// <summary>A text stored as one Brotli stream, as migrations 004 to 012 wrote it.</summary>
    public static string DecompressStream(byte[] compressed)
    {
        using var input = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(input, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
