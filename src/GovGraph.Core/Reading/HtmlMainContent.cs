using AngleSharp.Dom;

namespace GovGraph.Core.Reading;

/// <summary>
/// Finds the element that holds a page's article and strips what is not the article from it. Preference: the
/// largest &lt;article&gt;, &lt;main&gt; or [role=main] element; failing those, the element whose own paragraphs hold the
/// most text (the densest block), which is how a bare CMS page without semantic tags still yields its body.
/// </summary>
internal static class HtmlMainContent
{
    /// <summary>Elements a reader never sees.</summary>
    private const string InvisibleSelector = "script, style, noscript, template, iframe, svg, canvas, [hidden]";

    /// <summary>Elements that are page furniture, unless they wrap the page (an ASP.NET page is one big &lt;form&gt;).</summary>
    private const string FurnitureSelector =
        "form, nav, header, footer, aside, button, select, input, textarea, menu, dialog, [role=navigation], [role=banner], " +
        "[role=contentinfo], [role=complementary], [role=search], [role=dialog], [role=alertdialog], [aria-hidden=true]";

    /// <summary>Class or id fragments that mark furniture in sites without semantic tags (cookie banners, share bars, menus).</summary>
    private static readonly string[] FurnitureNameFragments =
    [
        "cookie", "consent", "breadcrumb", "skip-link", "share", "social", "related", "sidebar", "navbar", "menu",
        "newsletter", "subscribe", "banner", "print-link", "feedback", "pagination", "back-to-top", "contents-list",
    ];

    /// <summary>Page furniture is a small part of a page; an element with more of its text than this is content.</summary>
    private const double MaxFurnitureShare = 0.4;

    public static IElement? Find(IDocument document)
    {
        RemoveFurniture(document);
        var semantic = document.QuerySelectorAll("article, main, [role=main]")
            .OrderByDescending(TextLength)
            .FirstOrDefault(e => TextLength(e) > 0);
        return semantic ?? DensestBlock(document) ?? document.Body;
    }

    private static void RemoveFurniture(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(InvisibleSelector).ToList())
        {
            element.Remove();
        }
        var bodyLength = document.Body?.TextContent.Length ?? 0;
        var furniture = document.QuerySelectorAll(FurnitureSelector)
            .Concat(document.Body?.QuerySelectorAll("[class], [id]").Where(HasFurnitureName) ?? [])
            .Where(e => e.LocalName is not ("body" or "main" or "article" or "html") && !HoldsThePage(e, bodyLength))
            .ToList();
        foreach (var element in furniture)
        {
            element.Remove();
        }
    }

    /// <summary>
    /// Tags and class names are signs, not proof: "page-with-sidebar" or an ASP.NET &lt;form&gt; may wrap the whole page.
    /// An element that holds the main content, or much of the page's text, is never furniture whatever it is.
    /// </summary>
    private static bool HoldsThePage(IElement element, int bodyLength) =>
        element.QuerySelector("main, article, [role=main]") is not null || element.TextContent.Length >= bodyLength * MaxFurnitureShare;

    private static bool HasFurnitureName(IElement element)
    {
        var names = $"{element.ClassName} {element.Id}";
        foreach (var fragment in FurnitureNameFragments)
        {
            if (names.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static IElement? DensestBlock(IDocument document)
    {
        IElement? best = null;
        var bestLength = 0;
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            var parent = paragraph.ParentElement;
            if (parent is null)
            {
                continue;
            }
            var length = parent.Children.Where(c => c.LocalName == "p").Sum(c => c.TextContent.Length);
            if (length > bestLength)
            {
                best = parent;
                bestLength = length;
            }
        }
        return best;
    }

    private static int TextLength(IElement element) => element.TextContent.Length;
}
