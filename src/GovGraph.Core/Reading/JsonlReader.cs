namespace GovGraph.Core.Reading;

internal static class JsonlReader
{
    public static ReadResult Read(string sourceKey, ReadOnlyMemory<byte> content, ReaderLimits limits, DocumentMetadata? manifest) =>
        ReadResult.Failed(sourceKey, $"not implemented yet {content.Length} {limits} {manifest}");
}
