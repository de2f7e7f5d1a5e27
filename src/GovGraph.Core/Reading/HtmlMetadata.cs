using AngleSharp.Dom;

namespace GovGraph.Core.Reading;

/// <summary>Title, date, language and address of a web page, from the tags publishers actually fill in.</summary>
internal static class HtmlMetadata
{
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", "_"];

    public static DocumentMetadata Read(IDocument document)
    {
        var builder = new MetadataBuilder();
        builder.Add("title", FirstNonBlank(
            Meta(document, "property", "og:title"),
            Meta(document, "name", "twitter:title"),
            document.QuerySelector("h1")?.TextContent,
            SiteNameStripped(document.Title)));
        builder.Add("date", FirstNonBlank(
            Meta(document, "property", "article:published_time"),
            Meta(document, "name", "date"),
            Meta(document, "name", "DC.date"),
            Meta(document, "name", "DC.date.issued"),
            Meta(document, "name", "dcterms.created"),
            Meta(document, "name", "PubDate"),
            Meta(document, "name", "citation_publication_date"),
            Meta(document, "itemprop", "datePublished"),
            Meta(document, "name", "govuk:first-published-at"),
            document.QuerySelector("time[datetime]")?.GetAttribute("datetime")));
        builder.Add("url", FirstNonBlank(
            Meta(document, "property", "og:url"),
            document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")));
        builder.Add("source", Meta(document, "property", "og:site_name"));
        var lang = document.DocumentElement?.GetAttribute("lang");
        if (!string.IsNullOrWhiteSpace(lang))
        {
            builder.Add("language", lang);
        }
        return builder.Build();
    }

    private static string? Meta(IDocument document, string attribute, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            if (string.Equals(meta.GetAttribute(attribute), name, StringComparison.OrdinalIgnoreCase))
            {
                return meta.GetAttribute("content");
            }
        }
        return null;
    }

    /// <summary>"AI regulation - GOV.UK" to "AI regulation": the &lt;title&gt; element usually ends with the site's name.</summary>
    private static string? SiteNameStripped(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        foreach (var separator in TitleSeparators)
        {
            var at = title.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                return title[..at];
            }
        }
        return title;
    }

    private static string? FirstNonBlank(params string?[] values) =>
        values.Select(v => v is null ? null : string.Join(' ', v.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
