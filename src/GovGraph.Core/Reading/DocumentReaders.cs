using GovGraph.Core.Text;

namespace GovGraph.Core.Reading;

/// <summary>
/// Reads a file's bytes into documents. The type is chosen by extension and confirmed by sniffing the content,
/// so a ".pdf" that is not a PDF fails with that reason instead of a parser's stack trace. Every text leaves
/// here as <see cref="TextNormaliser"/> output, and the corpus manifest's metadata wins over the file's, field by
/// field. Nothing thrown by a parser escapes <see cref="Read"/>: it becomes a <see cref="ReadFailure"/>.
/// </summary>
public sealed class DocumentReaders : IDocumentReader
{
    private static readonly HashSet<string> SupportedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".markdown", ".html", ".htm", ".shtml", ".xhtml", ".pdf", ".docx", ".jsonl",
    };

    private DocumentReaders(ReaderLimits limits) => Limits = limits;

    public ReaderLimits Limits { get; }

    public static DocumentReaders CreateDefault(ReaderLimits? limits = null) => new(limits ?? ReaderLimits.Default);

    public static bool IsSupported(string path) => SupportedExtensions.Contains(Path.GetExtension(path));

    /// <summary>The formats that are safe to parse in this process: text decoding, YAML front matter and JSON with bounded depth, no decompression.</summary>
    public static bool IsPlainText(string extension) => extension.ToLowerInvariant() is ".txt" or ".md" or ".markdown" or ".jsonl";

    ReadResult IDocumentReader.Read(string sourceKey, string fileName, ReadOnlyMemory<byte> content, DocumentMetadata? manifestMetadata, CancellationToken cancellationToken) =>
        Read(sourceKey, fileName, content, manifestMetadata);

    public ReadResult Read(string sourceKey, string fileName, ReadOnlyMemory<byte> content, DocumentMetadata? manifestMetadata)
    {
        ArgumentNullException.ThrowIfNull(sourceKey);
        ArgumentNullException.ThrowIfNull(fileName);
        var tooBig = ReaderLimits.CheckSize(sourceKey, content.Length, Limits);
        if (tooBig is not null)
        {
            return new ReadResult([], [tooBig]);
        }
        try
        {
            return ReadByType(sourceKey, Path.GetExtension(fileName).ToLowerInvariant(), content, manifestMetadata);
        }
        catch (DocumentReadException ex)
        {
            return ReadResult.Failed(sourceKey, ex.Message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Parsers throw anything on hostile bytes; the batch must go on, so the reason travels as data.
            return ReadResult.Failed(sourceKey, $"unreadable {Path.GetExtension(fileName)} file: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private ReadResult ReadByType(string sourceKey, string extension, ReadOnlyMemory<byte> content, DocumentMetadata? manifest)
    {
        if (content.IsEmpty)
        {
            return ReadResult.Failed(sourceKey, "empty file (0 bytes)");
        }
        if (extension == ".jsonl")
        {
            return JsonlReader.Read(sourceKey, content, Limits, manifest);
        }
        var extracted = extension switch
        {
            ".txt" => PlainTextReader.Read(content.Span),
            ".md" or ".markdown" => MarkdownReader.Read(content.Span),
            ".html" or ".htm" or ".shtml" or ".xhtml" => HtmlReader.Read(content.Span),
            ".pdf" => PdfTextReader.Read(content),
            ".docx" => DocxReader.Read(content),
            _ => throw new DocumentReadException($"unsupported file type \"{extension}\""),
        };
        return ToResult(sourceKey, extracted, manifest);
    }

    /// <summary>Normalises, merges metadata and turns an empty text into a failure: a document without words carries no facts.</summary>
    internal static ReadResult ToResult(string sourceKey, ExtractedText extracted, DocumentMetadata? manifest)
    {
        var text = extracted.IsNormalised ? extracted.Text : TextNormaliser.Normalise(extracted.Text);
        if (text.Length == 0)
        {
            return ReadResult.Failed(sourceKey, extracted.EmptyReason ?? "no text: the file holds no readable words");
        }
        var metadata = MetadataMerge.ManifestOver(extracted.Metadata, manifest);
        return ReadResult.Of(new RawDocument(sourceKey, text, metadata, extracted.Warnings));
    }
}
