using System.IO.Compression;
using System.Xml;

namespace GovGraph.Core.Reading;

/// <summary>
/// Looks at a .docx package before OpenXml does, cheaply: a part that says it inflates past
/// <see cref="MaxPartBytes"/> (a few compressed kilobytes can claim a gigabyte; the zip reader stops at the
/// size the entry states) is a decompression bomb, and a body nested past <see cref="MaxDepth"/> elements would
/// take OpenXml's tree minutes (10,000 nested &lt;w:sdt&gt; take half a minute) or overflow its stack. The body is
/// measured by streaming it through an XmlReader, which holds one element at a time.
/// </summary>
internal static class DocxPackageGuard
{
    public const long MaxPartBytes = 128L * 1024 * 1024;
    public const int MaxDepth = 1000;

    public static void Check(byte[] content)
    {
        using var zip = OpenArchive(content);
        foreach (var entry in zip.Entries)
        {
            if (entry.Length > MaxPartBytes)
            {
                throw new DocumentReadException($"DOCX part {entry.FullName} inflates to {ReaderLimits.FormatBytes(entry.Length)} from {ReaderLimits.FormatBytes(entry.CompressedLength)}, over the {ReaderLimits.FormatBytes(MaxPartBytes)} one part may hold; refused as a decompression bomb");
            }
        }
        var body = zip.GetEntry("word/document.xml");
        if (body is null)
        {
            return; // OpenXml finds the main part through the relationships and says so when there is none
        }
        using var stream = body.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true });
        try
        {
            while (reader.Read())
            {
                if (reader.Depth > MaxDepth)
                {
                    throw new DocumentReadException($"DOCX body nested more than {MaxDepth} elements deep; refused rather than parsed for minutes");
                }
            }
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new DocumentReadException("DOCX body declares a DTD (entity definitions), which Word never writes; refused", e);
        }
        catch (XmlException e)
        {
            throw new DocumentReadException($"DOCX body is not well-formed XML: {e.Message}", e);
        }
    }

    private static ZipArchive OpenArchive(byte[] content)
    {
        try
        {
            return new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new DocumentReadException($"not a .docx: the zip archive is damaged ({e.Message})", e);
        }
    }
}
