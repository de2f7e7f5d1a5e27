using System.IO.Compression;
using System.Text;

namespace GovGraph.Service.Tests.Support;

/// <summary>
/// Hostile files built at test time, after the cases in ../shared/hostile/make-payloads.py: the PDF whose page
/// resources are a reference loop, the DOCX nested 100,000 content controls deep, decompression bombs.
/// </summary>
internal static class HostilePayloads
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string PageText = "BT /F1 12 Tf 72 720 Td (We support cyber sovereignty.) Tj ET";

    /// <summary>A one-page PDF saying "We support cyber sovereignty."</summary>
    public static byte[] Pdf() => BuildPdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        $"<< /Length {PageText.Length} >>\nstream\n{PageText}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

    /// <summary>664 bytes: the page's /Resources is object 6, which is object 7, which is object 6. PdfPig follows it until the stack overflows.</summary>
    public static byte[] PdfReferenceLoop() => BuildPdf(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources 6 0 R >>",
        $"<< /Length {PageText.Length} >>\nstream\n{PageText}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "7 0 R",
        "6 0 R");

    /// <summary>A page whose content stream is <paramref name="inflatedBytes"/> of zeros, Flate-compressed to about a thousandth of that.</summary>
    public static byte[] PdfFlateBomb(long inflatedBytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            for (long written = 0; written < inflatedBytes; written += zeros.Length)
            {
                zlib.Write(zeros);
            }
        }
        var stream = Encoding.Latin1.GetString(compressed.ToArray());
        return BuildPdf(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} /Filter /FlateDecode >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    }

    /// <summary>A PDF of <paramref name="pages"/> pages sharing one content stream: small, and slow to read.</summary>
    public static byte[] PdfManyPages(int pages)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(5, pages).Select(i => $"{i} 0 R"))}] /Count {pages} >>",
            $"<< /Length {PageText.Length} >>\nstream\n{PageText}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        objects.AddRange(Enumerable.Repeat("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>", pages));
        return BuildPdf([.. objects]);
    }

    /// <summary>A Word document whose one paragraph sits inside <paramref name="depth"/> nested content controls.</summary>
    public static byte[] DocxNested(int depth) => Docx(DocumentXml(
        string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", depth))
        + "<w:p><w:r><w:t>We support cyber sovereignty.</w:t></w:r></w:p>"
        + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", depth))));

    public static byte[] Docx(string documentXml, Action<ZipArchive>? extra = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Write(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Write(zip, "word/document.xml", documentXml);
            extra?.Invoke(zip);
        }
        return buffer.ToArray();
    }

    /// <summary>A Word document with a part that inflates to <paramref name="inflatedBytes"/> (the core-properties bomb).</summary>
    public static byte[] DocxBomb(long inflatedBytes) => Docx(DocumentXml("<w:p><w:r><w:t>We support cyber sovereignty.</w:t></w:r></w:p>"), zip =>
    {
        using var part = zip.CreateEntry("docProps/core.xml", CompressionLevel.Fastest).Open();
        var filler = new byte[1 << 20];
        filler.AsSpan().Fill((byte)'T');
        for (long written = 0; written < inflatedBytes; written += filler.Length)
        {
            part.Write(filler);
        }
    });

    public static string DocumentXml(string body) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{WordNamespace}"><w:body>{body}</w:body></w:document>""";

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    /// <summary>Objects numbered from 1, a cross-reference table with their offsets, and a trailer: the smallest valid PDF shape.</summary>
    private static byte[] BuildPdf(params string[] objects)
    {
        var output = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(output.Length);
            output.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = output.Length;
        output.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            output.Append($"{offset:D10} 00000 n \n");
        }
        output.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(output.ToString());
    }
}
