using System.Text;
using UglyToad.PdfPig;

namespace GovGraph.Core.Reading;

/// <summary>
/// Reads a PDF's text layer with PdfPig, page by page: words grouped into lines by baseline, lines into paragraphs
/// by vertical gaps, a hyphen at a line's end rejoined with the word's rest, and running heads, running feet and
/// bare page numbers dropped (see <see cref="PdfPageFurniture"/>). A file that does not start like a PDF, or that
/// was cut off before its end-of-file marker, is refused with that reason rather than half read.
/// </summary>
internal static class PdfTextReader
{
    public static ExtractedText Read(ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span;
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) < 0)
        {
            throw new DocumentReadException($"not a PDF: the file does not start with %PDF- (first bytes: {Preview(bytes)})");
        }
        if (bytes[Math.Max(0, bytes.Length - 2048)..].IndexOf("%%EOF"u8) < 0)
        {
            throw new DocumentReadException($"truncated PDF: no %%EOF marker at the end of its {ReaderLimits.FormatBytes(bytes.Length)}; the file was cut off or is damaged");
        }
        var warnings = new List<string>();
        using var document = PdfDocument.Open(ByteArrays.Of(content), new ParsingOptions { UseLenientParsing = true });
        var pages = new List<List<PdfLine>>(document.NumberOfPages);
        foreach (var page in document.GetPages())
        {
            pages.Add(PdfLineBuilder.Lines(page.GetWords()));
        }
        var dropped = PdfPageFurniture.Remove(pages);
        if (dropped > 0)
        {
            warnings.Add($"dropped {dropped} running header, footer and page-number lines");
        }
        var text = Compose(pages);
        var emptyReason = document.NumberOfPages == 0
            ? "no text: the PDF has no pages"
            : $"no text layer: the PDF's {document.NumberOfPages} page(s) hold no extractable text (scanned images need OCR, which GovGraph does not do)";
        return new ExtractedText(text, PdfInfo.Read(document), warnings, emptyReason);
    }

    /// <summary>
    /// Lines in order, paragraphs separated by blank lines, a hyphenated line end joined with the next line's first word.
    /// A page starts a paragraph unless the last one ended mid-sentence: then a single line break (or, after a hyphen,
    /// none) lets the sentence run on across the page break.
    /// </summary>
    private static string Compose(List<List<PdfLine>> pages)
    {
        var builder = new StringBuilder();
        foreach (var page in pages)
        {
            var last = builder.Length > 0 ? builder[^1] : '\n';
            builder.Append(last == '-' ? string.Empty : char.IsLetterOrDigit(last) || last == ',' ? "\n" : "\n\n");
            for (var index = 0; index < page.Count; index++)
            {
                var line = page[index];
                // The first line's gap is to a running head that is gone; the page break rule above has decided.
                if (line.StartsParagraph && index > 0)
                {
                    builder.Append("\n\n");
                }
                var previous = builder.Length > 0 ? builder[^1] : '\n';
                if (previous == '-' && builder.Length > 1 && char.IsLower(builder[^2]) && line.Text.Length > 0 && char.IsLower(line.Text[0]))
                {
                    builder.Length--; // "regu-" + "lation": the hyphen only split the word across lines
                }
                else if (previous is not '\n')
                {
                    builder.Append('\n');
                }
                builder.Append(line.Text);
            }
        }
        return builder.ToString();
    }

    private static string Preview(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8)];
        return Convert.ToHexString(head);
    }
}
