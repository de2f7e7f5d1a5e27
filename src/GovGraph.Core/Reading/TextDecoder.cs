using System.Buffers;
using System.Text;

namespace GovGraph.Core.Reading;

/// <summary>
/// Turns a text file's bytes into a string without ever throwing on bad bytes. The rule:
/// <list type="number">
/// <item>A byte-order mark decides: UTF-8 (EF BB BF), UTF-16 LE (FF FE) or UTF-16 BE (FE FF).</item>
/// <item>Without one the bytes are read as UTF-8. Valid UTF-8 decodes silently.</item>
/// <item>If the bytes are not valid UTF-8 and most non-ASCII sequences are invalid, the file is a legacy 8-bit
///   file (Latin-1 exported from an old system, like the UNBIS legacy table): it is decoded as Windows-1252, a
///   superset of Latin-1's printable range, with a warning saying so.</item>
/// <item>Otherwise it is UTF-8 with a few bad bytes: they become U+FFFD and a warning names the first bad byte's
///   offset and how many bad sequences there were.</item>
/// </list>
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    public static string Decode(ReadOnlySpan<byte> bytes, List<string> warnings)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], warnings);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(Encoding.Unicode, bytes[2..], warnings);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(Encoding.BigEndianUnicode, bytes[2..], warnings);
        }
        return DecodeUtf8(bytes, warnings);
    }

    /// <summary>True when the bytes look like a binary file rather than text: NUL bytes have no place in UTF-8 prose.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        return sample.Count((byte)0) > sample.Length / 100;
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, List<string> warnings)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }
        var (invalid, validNonAscii, firstBad) = Survey(bytes);
        if (invalid > validNonAscii)
        {
            warnings.Add($"not valid UTF-8 ({invalid} invalid byte sequences, {validNonAscii} valid non-ASCII characters; first bad byte at offset {firstBad}): decoded as Windows-1252 (Latin-1)");
            return Windows1252.GetString(bytes);
        }
        warnings.Add($"invalid UTF-8: {invalid} bad byte sequence(s), first at byte offset {firstBad}; replaced with U+FFFD");
        return Encoding.UTF8.GetString(bytes); // the default UTF8 instance replaces invalid sequences
    }

    private static (int Invalid, int ValidNonAscii, long FirstBad) Survey(ReadOnlySpan<byte> bytes)
    {
        int invalid = 0, validNonAscii = 0;
        long firstBad = -1;
        var offset = 0;
        while (offset < bytes.Length)
        {
            var ascii = bytes[offset..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }
            offset += ascii;
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                validNonAscii++;
            }
            else
            {
                invalid++;
                if (firstBad < 0)
                {
                    firstBad = offset;
                }
            }
            offset += Math.Max(consumed, 1);
        }
        return (invalid, validNonAscii, firstBad);
    }

    private static string DecodeUtf16(Encoding encoding, ReadOnlySpan<byte> bytes, List<string> warnings)
    {
        if (bytes.Length % 2 != 0)
        {
            warnings.Add($"UTF-16 text has an odd number of bytes ({bytes.Length + 2}); the last byte was dropped");
            bytes = bytes[..^1];
        }
        return encoding.GetString(bytes);
    }
}
