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
        var named = document.Body?.QuerySelectorAll("[class], [id]").Where(IsNamedFurniture).ToList() ?? [];
        foreach (var element in named)
        {
            element.Remove();
        }
    }

    private static bool IsNamedFurniture(IElement element)
    {
        if (element.LocalName is "body" or "main" or "article" or "html")
        {
            return false;
        }
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
