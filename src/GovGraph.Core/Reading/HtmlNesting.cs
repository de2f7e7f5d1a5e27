namespace GovGraph.Core.Reading;

/// <summary>
/// Estimates how deeply a page's elements nest, before the parser sees it. AngleSharp's tree building slows down with
/// the square of the depth (50,000 nested &lt;div&gt;s take seconds, 200,000 take minutes), so a hostile or broken
/// page could stall a worker; real pages nest a few dozen levels. The estimate counts start and end tags, leaving out
/// void elements and those whose end tag may be omitted (&lt;p&gt;, &lt;li&gt;, &lt;td&gt;...), which sloppy pages never close.
/// </summary>
internal static class HtmlNesting
{
    public const int MaxDepth = 3000;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Uncounted = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        // end tag optional
        "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
        "colgroup", "caption", "rb", "rt", "rtc", "rp",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    public static int EstimateDepth(string html)
    {
        int depth = 0, deepest = 0;
        var span = html.AsSpan();
        for (var at = span.IndexOf('<'); at >= 0 && at + 1 < span.Length; at = NextTag(span, at + 1))
        {
            var closing = span[at + 1] == '/';
            var nameStart = closing ? at + 2 : at + 1;
            var nameEnd = nameStart;
            while (nameEnd < span.Length && char.IsAsciiLetterOrDigit(span[nameEnd]))
            {
                nameEnd++;
            }
            if (nameEnd == nameStart || !char.IsAsciiLetter(span[nameStart]) || Uncounted.Contains(span[nameStart..nameEnd]))
            {
                continue;
            }
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }
            var tagEnd = span[nameEnd..].IndexOf('>');
            var selfClosing = tagEnd > 0 && span[nameEnd + tagEnd - 1] == '/';
            if (!selfClosing)
            {
                deepest = Math.Max(deepest, ++depth);
            }
        }
        return deepest;
    }

    private static int NextTag(ReadOnlySpan<char> span, int from)
    {
        var next = span[from..].IndexOf('<');
        return next < 0 ? -1 : from + next;
    }
}
