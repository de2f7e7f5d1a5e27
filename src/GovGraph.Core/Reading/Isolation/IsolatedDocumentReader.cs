using System.Collections.Concurrent;

namespace GovGraph.Core.Reading.Isolation;

/// <summary>
/// Reads untrusted formats (PDF, DOCX, HTML) in child processes, so a stack overflow, a hang or a memory blow-up
/// inside PdfPig, OpenXml or AngleSharp ends that one document with a reason ("the PDF reader crashed (exit 134)",
/// "parse exceeded 30 s", "parse exceeded 512 MB") instead of the service. Plain text, Markdown and JSONL stay in
/// this process (see <see cref="DocumentReaders.IsPlainText"/>): their readers decode and split text, with no
/// decompression and with bounded JSON depth, and a round trip would cost more than the parse.
/// At most <see cref="ParseIsolationLimits.Workers"/> children live at once; each serves document after document
/// and is replaced when it dies or is killed.
/// </summary>
public sealed class IsolatedDocumentReader : IDocumentReader, IDisposable
{
    private readonly DocumentReaders inProcess;
    private readonly ParseWorkerStart start;
    private readonly ParseIsolationLimits limits;
    private readonly SemaphoreSlim slots;
    private readonly ConcurrentBag<ParseChild> idle = [];
    private volatile bool disposed;

    public IsolatedDocumentReader(DocumentReaders inProcess, ParseWorkerStart start, ParseIsolationLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.Workers, 1);
        this.inProcess = inProcess;
        this.start = start;
        this.limits = limits;
        slots = new SemaphoreSlim(limits.Workers);
    }

    public ReadResult Read(string sourceKey, string fileName, ReadOnlyMemory<byte> content, DocumentMetadata? manifestMetadata, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        // Refusals that need no parser (size, emptiness, an unknown type) and the plain-text formats stay here.
        var tooBig = ReaderLimits.CheckSize(sourceKey, content.Length, inProcess.Limits);
        if (tooBig is not null || content.IsEmpty || DocumentReaders.IsPlainText(extension) || !DocumentReaders.IsSupported(fileName))
        {
            return inProcess.Read(sourceKey, fileName, content, manifestMetadata);
        }
        slots.Wait(cancellationToken);
        ParseChild? child = null;
        try
        {
            if (!idle.TryTake(out child))
            {
                child = ParseChild.Start(start, limits);
            }
            var result = child.Parse(sourceKey, extension, content, limits, cancellationToken);
            return manifestMetadata is null ? result : WithManifest(result, manifestMetadata);
        }
        finally
        {
            if (child is { IsUsable: true } && !disposed)
            {
                idle.Add(child);
            }
            else
            {
                child?.Dispose();
            }
            slots.Release();
        }
    }

    public void Dispose()
    {
        disposed = true;
        while (idle.TryTake(out var child))
        {
            child.Dispose();
        }
    }

    /// <summary>The child read without the manifest (it gets only the bytes); the manifest wins field by field, as in-process.</summary>
    private static ReadResult WithManifest(ReadResult result, DocumentMetadata manifest) => new(
        [.. result.Documents.Select(d => d with { Metadata = MetadataMerge.ManifestOver(d.Metadata, manifest) })],
        result.Failures);
}
