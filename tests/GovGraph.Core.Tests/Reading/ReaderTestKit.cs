using GovGraph.Core.Reading;
using GovGraph.Tests.Shared;
using Xunit;

namespace GovGraph.Core.Tests.Reading;

/// <summary>Reads a corpus file (or bytes) through the real readers and insists on exactly one document.</summary>
internal static class ReaderTestKit
{
    public static readonly DocumentReaders Readers = DocumentReaders.CreateDefault();

    public static RawDocument ReadCorpusFile(string relativePath, DocumentMetadata? manifest = null)
    {
        var path = TestCorpus.Require(relativePath);
        return Single(Readers.Read(relativePath, path, File.ReadAllBytes(path), manifest));
    }

    public static RawDocument ReadBytes(string fileName, byte[] content, DocumentMetadata? manifest = null) =>
        Single(Readers.Read(fileName, fileName, content, manifest));

    public static ReadFailure Failure(string fileName, byte[] content)
    {
        var result = Readers.Read(fileName, fileName, content, null);
        Assert.Empty(result.Documents);
        return Assert.Single(result.Failures);
    }

    private static RawDocument Single(ReadResult result)
    {
        Assert.Empty(result.Failures);
        return Assert.Single(result.Documents);
    }
}
