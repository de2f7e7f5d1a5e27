using GovGraph.Core.Text;

namespace GovGraph.Core.Reading;

/// <summary>
/// Reads a .txt file: decoded (see <see cref="TextDecoder"/>), a leading header block such as "President: Bill
/// Clinton" read as metadata and kept as text (see <see cref="TextHeaderBlock"/>), and web navigation removed from
/// tag-stripped pages (see <see cref="NavigationFilter"/>).
/// </summary>
internal static class PlainTextReader
{
    public static ExtractedText Read(ReadOnlySpan<byte> content)
    {
        var warnings = new List<string>();
        if (TextDecoder.LooksBinary(content))
        {
            throw new DocumentReadException("not a text file: the content is binary (NUL bytes without a UTF-16 byte-order mark)");
        }
        var text = TextNormaliser.Normalise(TextDecoder.Decode(content, warnings));
        var metadata = TextHeaderBlock.Read(text);
        var filtered = NavigationFilter.DropNavigation(text, warnings);
        return new ExtractedText(filtered, metadata, warnings, IsNormalised: ReferenceEquals(filtered, text));
    }
}
