using System.Buffers;
using System.Text;

namespace GovGraph.Core.Reading;

/// <summary>
/// Turns a text file's bytes into a string without ever throwing on bad bytes. The rule:
/// <list type="number">
/// <item>A byte-order mark decides: UTF-8 (EF BB BF), UTF-16 LE (FF FE) or UTF-16 BE (FE FF).</item>
/// <item>Without one the bytes are read as UTF-8. Valid UTF-8 decodes silently.</item>
/// <item>If the bytes are not valid UTF-8 and most non-ASCII sequences are invalid, the file is in a legacy encoding,
///   chosen in this order, with a warning saying which: the charset the file declares (an HTML page's
///   &lt;meta charset&gt;, e.g. GB2312 on a Chinese government site); GB18030 when non-ASCII bytes are a large share
///   of the file and decode almost entirely to common Chinese characters (a Chinese text saved from an old system);
///   otherwise Windows-1252, a superset of Latin-1's printable range (Latin-1 exported from an old system, like the
///   UNBIS legacy table).</item>
/// <item>Otherwise it is UTF-8 with a few bad bytes: they become U+FFFD and a warning names the first bad byte's
///   offset and how many bad sequences there were.</item>
/// </list>
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;
    private static readonly Encoding? Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936);

    /// <summary>Share of bytes that must be non-ASCII before GB18030 is considered: Chinese text is mostly non-ASCII, Latin-1 prose is not.</summary>
    private const double ChineseHighByteShare = 0.2;

    /// <summary>Share of decoded non-ASCII characters that must be common CJK ideographs or CJK punctuation for GB18030.</summary>
    private const double ChineseCharacterShare = 0.9;

    /// <summary>Decodes by the rule on the class; declaredCharset (an HTML page's meta charset) is consulted only when the bytes are not UTF-8.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, List<string> warnings, string? declaredCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], warnings, declaredCharset);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(Encoding.Unicode, bytes[2..], warnings);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(Encoding.BigEndianUnicode, bytes[2..], warnings);
        }
        return DecodeUtf8(bytes, warnings, declaredCharset);
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

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, List<string> warnings, string? declaredCharset)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }
        var (invalid, validNonAscii, firstBad) = Survey(bytes);
        if (invalid > validNonAscii)
        {
            var (encoding, name) = LegacyEncoding(bytes, declaredCharset);
            warnings.Add($"not valid UTF-8 ({invalid} invalid byte sequences, {validNonAscii} valid non-ASCII characters; first bad byte at offset {firstBad}): decoded as {name}");
            return encoding.GetString(bytes);
        }
        warnings.Add($"invalid UTF-8: {invalid} bad byte sequence(s), first at byte offset {firstBad}; replaced with U+FFFD");
        return Encoding.UTF8.GetString(bytes); // the default UTF8 instance replaces invalid sequences
    }

    private static (Encoding Encoding, string Name) LegacyEncoding(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        if (!string.IsNullOrWhiteSpace(declaredCharset) && !declaredCharset.StartsWith("utf", StringComparison.OrdinalIgnoreCase))
        {
            var declared = TryGetEncoding(declaredCharset);
            if (declared is not null)
            {
                return (declared, $"{declaredCharset}, as the file declares");
            }
        }
        if (Gb18030 is not null && LooksChinese(bytes))
        {
            return (Gb18030, "GB18030 (legacy Chinese)");
        }
        return (Windows1252, "Windows-1252 (Latin-1)");
    }

    private static bool LooksChinese(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        var highBytes = sample.Length - sample.Count((byte)0) - CountAscii(sample);
        if (highBytes < sample.Length * ChineseHighByteShare)
        {
            return false;
        }
        var text = Gb18030!.GetString(sample);
        int nonAscii = 0, chinese = 0;
        foreach (var c in text)
        {
            if (c > 0x7F)
            {
                nonAscii++;
                if (Text.LanguageDetector.IsCjkIdeograph(c) || c is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF'))
                {
                    chinese++;
                }
            }
        }
        return nonAscii > 0 && chinese >= nonAscii * ChineseCharacterShare;
    }

    private static int CountAscii(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        foreach (var b in bytes)
        {
            if (b is > 0 and < 0x80)
            {
                count++;
            }
        }
        return count;
    }

    private static Encoding? TryGetEncoding(string name)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name.Trim()) ?? Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null; // an unknown charset name is not worth a failure: the fallbacks still read the file
        }
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
