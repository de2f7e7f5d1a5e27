namespace GovGraph.Core.Reading;

/// <summary>
/// The one seam through which ingest turns a file's bytes into documents: <see cref="DocumentReaders"/> reads in
/// this process, <see cref="Isolation.IsolatedDocumentReader"/> sends untrusted formats to a child process that a
/// crash, a hang or a memory blow-up ends alone. Implementations never throw for bad input; every problem is a
/// <see cref="ReadFailure"/> with a reason.
/// </summary>
public interface IDocumentReader
{
    ReadResult Read(string sourceKey, string fileName, ReadOnlyMemory<byte> content, DocumentMetadata? manifestMetadata, CancellationToken cancellationToken);
}
