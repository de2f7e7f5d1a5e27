using AngleSharp.Html.Parser;

namespace GovGraph.Core.Reading;

/// <summary>
/// Reads a web page's article: metadata from the head (og:title, article:published_time and friends), the body
/// from the main content element with page furniture (navigation, banners, menus, forms, cookie notices, related
/// stories) removed, and paragraph breaks kept as blank lines. See <see cref="HtmlMainContent"/> for how the
/// article is found and <see cref="HtmlTextWriter"/> for how its text is laid out.
/// </summary>
internal static class HtmlReader
{
    public static ExtractedText Read(ReadOnlySpan<byte> content)
    {
        var warnings = new List<string>();
        var html = TextDecoder.Decode(content, warnings, HtmlCharset.Declared(content));
        var depth = HtmlNesting.EstimateDepth(html);
        if (depth > HtmlNesting.MaxDepth)
        {
            throw new DocumentReadException($"HTML nested about {depth} elements deep, over the {HtmlNesting.MaxDepth} a page can have; refused rather than parsed for minutes");
        }
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var metadata = HtmlMetadata.Read(document);
        var main = HtmlMainContent.Find(document);
        var text = main is null ? string.Empty : HtmlTextWriter.Write(main);
        text = NavigationFilter.DropRelatedLinks(text);
        return new ExtractedText(text, metadata, warnings, "no text: the page has no readable body");
    }
}
