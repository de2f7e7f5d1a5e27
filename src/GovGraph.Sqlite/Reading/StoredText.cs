using System.Text;
using GovGraph.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace GovGraph.Sqlite.Reading;

/// <summary>
/// One document_text row as read, in whichever form it was written: plain text (before migration 004), one
/// Brotli stream (004 to 012), or Brotli blocks with their index (013 on, <see cref="DocumentTextCodec"/>).
/// A window decompresses only the blocks it overlaps, each once however many windows ask for it.
/// </summary>
internal sealed class StoredText
{
    /// <summary>The three document_text columns, in the order <see cref="Read"/> takes them.</summary>
    public const string Columns = "t.text, t.text_brotli, t.text_blocks";

    private readonly byte[]? _blocks;
    private readonly byte[]? _index;
    private readonly Dictionary<int, string> _decoded = [];
    private string? _whole;

    private StoredText(string? whole, byte[]? blocks, byte[]? index)
    {
        _whole = whole;
        _blocks = blocks;
        _index = index;
    }

    public static readonly StoredText Empty = new("", null, null);

    /// <summary>Reads <see cref="Columns"/> from <paramref name="first"/> on; a missing row reads as empty text.</summary>
    public static StoredText Read(SqliteDataReader reader, int first)
    {
        if (reader.IsDBNull(first + 1))
        {
            return new StoredText(reader.IsDBNull(first) ? "" : reader.GetString(first), null, null);
        }
        var compressed = (byte[])reader.GetValue(first + 1);
        return reader.IsDBNull(first + 2)
            ? new StoredText(DocumentTextCodec.DecompressStream(compressed), null, null)
            : new StoredText(null, compressed, (byte[])reader.GetValue(first + 2));
    }

    /// <summary>The text's length in UTF-16 characters.</summary>
    public int Length => _whole?.Length ?? (BlockCount == 0 ? 0 : DocumentTextCodec.Entry(_index!, BlockCount - 1).CharEnd);

    private int BlockCount => DocumentTextCodec.Blocks(_index!);

    public string Whole() => _whole ??= Slice(0, Length);

    /// <summary>The characters [start, start + length), clipped to the text.</summary>
    public string Slice(int start, int length)
    {
        var end = (int)Math.Min((long)start + Math.Max(0, length), Length);
        start = Math.Clamp(start, 0, end);
        if (_whole is not null)
        {
            return _whole.Substring(start, end - start);
        }
        var slice = new StringBuilder(end - start);
        for (var block = FirstBlockEndingAfter(start); block < BlockCount && start < end; block++)
        {
            var (blockStart, text) = (BlockStart(block), Block(block));
            var from = start - blockStart;
            var count = Math.Min(end, blockStart + text.Length) - start;
            slice.Append(text, from, count);
            start += count;
        }
        return slice.ToString();
    }

    private int BlockStart(int block) => block == 0 ? 0 : DocumentTextCodec.Entry(_index!, block - 1).CharEnd;

    private int FirstBlockEndingAfter(int position)
    {
        int low = 0, high = BlockCount;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (DocumentTextCodec.Entry(_index!, middle).CharEnd <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    private string Block(int block)
    {
        if (!_decoded.TryGetValue(block, out var text))
        {
            var byteStart = block == 0 ? 0 : DocumentTextCodec.Entry(_index!, block - 1).ByteEnd;
            var (charEnd, byteEnd) = DocumentTextCodec.Entry(_index!, block);
            text = DocumentTextCodec.DecompressBlock(_blocks.AsSpan(byteStart, byteEnd - byteStart), charEnd - BlockStart(block));
            _decoded.Add(block, text);
        }
        return text;
    }
}
