using UglyToad.PdfPig;

namespace GovGraph.Core.Reading;

/// <summary>Title and creation date from a PDF's document information dictionary ("D:20240712..." dates).</summary>
internal static class PdfInfo
{
    public static DocumentMetadata Read(PdfDocument document)
    {
        var builder = new MetadataBuilder();
        var info = document.Information;
        builder.Add("title", info.Title);
        builder.Add("date", PdfDate(info.CreationDate));
        if (!string.IsNullOrWhiteSpace(info.Producer))
        {
            builder.Add("pdf_producer", info.Producer);
        }
        if (!string.IsNullOrWhiteSpace(info.Author))
        {
            builder.Add("pdf_author", info.Author);
        }
        return builder.Build();
    }

    /// <summary>"D:20240712093000+02'00'" to "2024-07-12"; anything else to null.</summary>
    internal static string? PdfDate(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        var digits = raw.StartsWith("D:", StringComparison.Ordinal) ? raw[2..] : raw;
        if (digits.Length < 4 || !digits[..4].All(char.IsAsciiDigit))
        {
            return null;
        }
        if (digits.Length >= 8 && digits[..8].All(char.IsAsciiDigit))
        {
            return $"{digits[..4]}-{digits[4..6]}-{digits[6..8]}";
        }
        return digits[..4];
    }
}
