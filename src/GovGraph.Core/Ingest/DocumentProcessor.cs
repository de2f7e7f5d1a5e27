using System.Security.Cryptography;
using GovGraph.Core.Extraction;
using GovGraph.Core.Graph;
using GovGraph.Core.Reading;

namespace GovGraph.Core.Ingest;

/// <summary>
/// The CPU half of ingest: bytes to graph batches. Thread-safe and free of I/O beyond reading the
/// input file, so callers run as many in parallel as there are cores and keep one writer.
/// Every failure becomes a <see cref="ReadFailure"/> with a reason; nothing here throws for bad input.
/// </summary>
public sealed class DocumentProcessor
{
    private readonly IDocumentReader readers;
    private readonly DocumentExtractor extractor;
    private readonly ReaderLimits limits;

    /// <summary><paramref name="readers"/> is the seam that turns bytes into documents: in process, or isolated in child processes for untrusted formats.</summary>
    public DocumentProcessor(IDocumentReader readers, DocumentExtractor extractor, ReaderLimits limits)
    {
        this.readers = readers;
        this.extractor = extractor;
        this.limits = limits;
    }

    /// <summary>The rules' vocabulary the extractor uses (a report reads stance words and dates with it).</summary>
    public Lexicon Words => extractor.Words;

    /// <summary>The largest file the readers take.</summary>
    public long MaxFileBytes => limits.MaxFileBytes;

    /// <summary>The one size rule: a failure with the reason when a file of <paramref name="length"/> bytes is over the limit.</summary>
    public ReadFailure? CheckSize(string sourceKey, long length) => ReaderLimits.CheckSize(sourceKey, length, limits);

    public ProcessedFile Process(InputFile file, CancellationToken cancellationToken)
    {
        if (file.Error is not null)
        {
            return ProcessedFile.Failed(file.SourceKey, file.Error);
        }
        // Check the size before reading, so a 2 GB file costs a stat, not 2 GB of memory.
        var tooLarge = ReaderLimits.CheckSize(file.SourceKey, file.Length, limits);
        if (tooLarge is not null)
        {
            return ProcessedFile.Failed(file.SourceKey, tooLarge.Reason);
        }
        byte[] content;
        try
        {
            content = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ProcessedFile.Failed(file.SourceKey, $"cannot read the file: {e.Message}");
        }
        cancellationToken.ThrowIfCancellationRequested();
        return Process(file.SourceKey, Path.GetFileName(file.FullPath), content, file.ManifestMetadata, cancellationToken);
    }

    public ProcessedFile Process(string sourceKey, string fileName, ReadOnlyMemory<byte> content, DocumentMetadata? metadata, CancellationToken cancellationToken = default)
    {
        var contentHash = HashContent(content.Span);
        var tooLarge = ReaderLimits.CheckSize(sourceKey, content.Length, limits);
        if (tooLarge is not null)
        {
            return ProcessedFile.Failed(sourceKey, tooLarge.Reason, contentHash);
        }

        ReadResult read;
        try
        {
            read = readers.Read(sourceKey, fileName, content, metadata, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Readers turn known problems into failures themselves; this is the backstop for the unknown ones.
            return ProcessedFile.Failed(sourceKey, $"unreadable: {e.Message}", contentHash);
        }

        var batches = new List<GraphBatch>(read.Documents.Count);
        var sources = new List<RawDocument>(read.Documents.Count);
        var failures = new List<ReadFailure>(read.Failures);
        var warnings = new List<string>();
        foreach (var document in read.Documents)
        {
            warnings.AddRange(document.Warnings.Select(w => $"{document.SourceKey}: {w}"));
            if (string.IsNullOrWhiteSpace(document.Text))
            {
                failures.Add(new ReadFailure(document.SourceKey, "the document has no text (empty file, or a format with no text layer)"));
                continue;
            }
            if (ReaderLimits.CheckText(document.SourceKey, document.Text.Length, limits) is { } tooLong)
            {
                failures.Add(tooLong);
                continue;
            }
            try
            {
                batches.Add(extractor.Extract(document));
                sources.Add(document);
            }
            catch (Exception e)
            {
                failures.Add(new ReadFailure(document.SourceKey, $"extraction failed: {e.GetType().Name}: {e.Message}"));
            }
        }
        return new ProcessedFile(sourceKey, contentHash, batches, failures, warnings) { Sources = sources };
    }

    /// <summary>SHA-256 of the raw bytes, lower-case hex: the worker's change detector.</summary>
    public static string HashContent(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
