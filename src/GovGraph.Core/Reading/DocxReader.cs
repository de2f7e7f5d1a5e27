namespace GovGraph.Core.Reading;

internal static class DocxReader
{
    public static ExtractedText Read(ReadOnlyMemory<byte> content) => throw new DocumentReadException("not implemented yet, " + content.Length);
}
