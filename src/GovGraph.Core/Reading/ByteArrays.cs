using System.Runtime.InteropServices;

namespace GovGraph.Core.Reading;

/// <summary>The parsers that want a byte[] (PdfPig, OpenXml's stream) get the caller's array when the memory is a whole one, not a copy.</summary>
internal static class ByteArrays
{
    public static byte[] Of(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null && segment.Offset == 0 && segment.Count == segment.Array.Length
            ? segment.Array
            : content.ToArray();
}
