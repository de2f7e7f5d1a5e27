using AngleSharp.Dom;

namespace GovGraph.Core.Reading;

/// <summary>
/// Finds the element that holds a page's article and strips what is not the article from it. Preference: the
/// largest &lt;article&gt;, &lt;main&gt; or [role=main] element; failing those, the element whose own paragraphs hold the
/// most text (the densest block), which is how a bare CMS page without semantic tags still yields its body.
/// </summary>
internal static class HtmlMainContent
{
    /// <summary>Elements that are never article text.</summary>
    private const string FurnitureSelector =
        "script, style, noscript, template, form, nav, header, footer, aside, iframe, svg, canvas, button, select, input, " +
        "textarea, menu, dialog, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], " +
        "[role=dialog], [role=alertdialog], [aria-hidden=true], [hidden]";

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
        foreach (var element in document.QuerySelectorAll(FurnitureSelector).ToList())
        {
            element.Remove();
        }
        var bodyLength = document.Body?.TextContent.Length ?? 0;
        var named = document.Body?.QuerySelectorAll("[class], [id]").Where(e => IsNamedFurniture(e, bodyLength)).ToList() ?? [];
        foreach (var element in named)
        {
            element.Remove();
        }
    }

    /// <summary>
    /// A class name is a weak sign: "page-with-sidebar" may wrap the whole page. An element that holds the main
    /// content, or most of the page's text, is never furniture whatever it is called.
    /// </summary>
    private static bool IsNamedFurniture(IElement element, int bodyLength)
    {
        if (element.LocalName is "body" or "main" or "article" or "html")
        {
            return false;
        }
        if (!HasFurnitureName(element))
        {
            return false;
        }
        return element.QuerySelector("main, article, [role=main]") is null && element.TextContent.Length < bodyLength * MaxFurnitureShare;
    }

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
