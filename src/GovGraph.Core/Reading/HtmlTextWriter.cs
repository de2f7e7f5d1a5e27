using System.Text;
using AngleSharp.Dom;

namespace GovGraph.Core.Reading;

/// <summary>
/// Lays out an element's text as the reader sees it: each block element (paragraph, heading, list item, table
/// row) its own paragraph separated by a blank line, &lt;br&gt; a line break, inline text joined with single spaces,
/// and the line breaks of &lt;pre&gt; text kept.
/// </summary>
internal static class HtmlTextWriter
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "thead", "tbody", "tfoot", "caption", "figure", "figcaption", "address",
        "hr", "details", "summary", "center",
    };

    private static readonly HashSet<string> CellElements = new(StringComparer.Ordinal) { "td", "th" };

    public static string Write(IElement root)
    {
        var builder = new StringBuilder();
        Walk(root, builder, preformatted: root.LocalName == "pre");
        return builder.ToString();
    }

    private static void Walk(INode node, StringBuilder builder, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text when preformatted:
                    builder.Append(text.Data);
                    break;
                case IText text:
                    AppendInline(builder, text.Data);
                    break;
                case IElement element when element.LocalName == "br":
                    builder.Append('\n');
                    break;
                case IElement element when BlockElements.Contains(element.LocalName):
                    builder.Append("\n\n");
                    Walk(element, builder, preformatted || element.LocalName == "pre");
                    builder.Append("\n\n");
                    break;
                case IElement element when CellElements.Contains(element.LocalName):
                    builder.Append(' ');
                    Walk(element, builder, preformatted);
                    builder.Append(' ');
                    break;
                case IElement element:
                    Walk(element, builder, preformatted);
                    break;
            }
        }
    }

    /// <summary>HTML source line breaks are layout of the source, not of the text: they become spaces.</summary>
    private static void AppendInline(StringBuilder builder, string data)
    {
        foreach (var c in data)
        {
            builder.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
        }
    }
}
