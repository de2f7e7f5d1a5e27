using System.Buffers.Binary;

namespace GovGraph.Core.Reading.Isolation;

/// <summary>
/// The wire between the parent and a parse child: each message is a 4-byte little-endian length and that many
/// bytes. A request is two frames (a small JSON header, then the file's bytes); an answer is one JSON frame.
/// The child announces itself with <see cref="Hello"/> once it is ready, so a start-up failure is told apart
/// from a parse failure. A length over the reader's cap ends the conversation instead of allocating it.
/// </summary>
public static class ParseFrames
{
    public static ReadOnlySpan<byte> Hello => "GGPW"u8;

    public static void Write(Stream stream, ReadOnlySpan<byte> payload)
    {
        Span<byte> header = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        stream.Write(header);
        stream.Write(payload);
    }

    /// <summary>One frame, or null at a clean end of stream (the other side closed between messages).</summary>
    public static byte[]? Read(Stream stream, int maxLength)
    {
        Span<byte> header = stackalloc byte[4];
        var got = stream.ReadAtLeast(header, 4, throwOnEndOfStream: false);
        if (got == 0)
        {
            return null;
        }
        if (got < 4)
        {
            throw new EndOfStreamException("the stream ended inside a frame header");
        }
        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length < 0 || length > maxLength)
        {
            throw new InvalidDataException($"a frame of {length} bytes, over the {maxLength} allowed");
        }
        var payload = new byte[length];
        stream.ReadExactly(payload);
        return payload;
    }
}
