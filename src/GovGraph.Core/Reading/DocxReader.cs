using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovGraph.Core.Reading;

/// <summary>
/// Reads a Word document's body paragraphs (tables included, cell by cell) with OpenXml, each paragraph its own
/// block, and the title and creation date from its core properties. A ".docx" that is not a zip archive is refused
/// with that reason before OpenXml sees it.
/// </summary>
internal static class DocxReader
{
    private const long MaxCharactersInPart = 64L * 1024 * 1024;

    public static ExtractedText Read(ReadOnlyMemory<byte> content)
    {
        if (!content.Span.StartsWith("PK\u0003\u0004"u8))
        {
            throw new DocumentReadException("not a .docx: the file is not a zip archive (Word documents start with \"PK\")");
        }
        var bytes = ByteArrays.Of(content);
        DocxPackageGuard.Check(bytes);
        using var stream = new MemoryStream(bytes, writable: false);
        // A .docx is a zip: a few compressed kilobytes can inflate to gigabytes of XML. Cap what one part may hold.
        using var document = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new DocumentReadException("not a Word document: the package has no main document part");
        var builder = new StringBuilder();
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            builder.Append(ParagraphText(paragraph)).Append("\n\n");
        }
        var metadata = new MetadataBuilder();
        var properties = document.PackageProperties;
        metadata.Add("title", properties.Title);
        metadata.Add("date", properties.Created?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(properties.Creator))
        {
            metadata.Add("docx_creator", properties.Creator);
        }
        return new ExtractedText(builder.ToString(), metadata.Build(), [], "no text: the document's body has no paragraphs with text");
    }

    /// <summary>Runs' text, with tabs and breaks as the reader sees them.</summary>
    private static string ParagraphText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append(' ');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
            }
        }
        return builder.ToString();
    }
}
