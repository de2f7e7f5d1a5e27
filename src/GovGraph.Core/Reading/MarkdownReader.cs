namespace GovGraph.Core.Reading;

internal static class MarkdownReader
{
    public static ExtractedText Read(ReadOnlySpan<byte> content)
    {
        var warnings = new List<string>();
        var text = TextDecoder.Decode(content, warnings);
        return new ExtractedText(text, new DocumentMetadata(), warnings);
    }
}
