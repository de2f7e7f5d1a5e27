namespace GovGraph.Core.Reading;

/// <summary>
/// Estimates how deeply a page's elements nest, before the parser sees it. AngleSharp's tree building slows down with
/// the square of the depth (50,000 nested &lt;div&gt;s take seconds, 200,000 take minutes), so a hostile or broken
/// page could stall a worker; real pages nest a few dozen levels. The estimate counts what the HTML parser counts:
/// <list type="bullet">
/// <item>a start tag opens an element even when written &lt;div/&gt;: HTML ignores the slash except on void elements
/// and inside &lt;svg&gt; and &lt;math&gt;;</item>
/// <item>an end tag closes only an element that is open (and everything opened inside it); a stray &lt;/x&gt; is ignored,
/// so it cannot lower the count;</item>
/// <item>void elements and those whose end tag may be omitted (&lt;p&gt;, &lt;li&gt;, &lt;td&gt;...) are not counted, since
/// sloppy pages never close them; script, style and comment contents are not markup.</item>
/// </list>
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

    /// <summary>Elements whose content is text up to their own end tag, not markup.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawText = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The deepest the parser's tree would go; one linear pass.</summary>
    public static int EstimateDepth(string html)
    {
        var span = html.AsSpan();
        var open = new Stack<string>();
        var openCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var counts = openCounts.GetAlternateLookup<ReadOnlySpan<char>>();
        var foreign = 0; // open <svg> and <math> elements: there, <x/> closes itself
        var deepest = 0;
        var at = span.IndexOf('<');
        while (at >= 0 && at + 1 < span.Length)
        {
            var next = at + 1;
            if (span[next..].StartsWith("!--", StringComparison.Ordinal))
            {
                var end = span[next..].IndexOf("-->", StringComparison.Ordinal);
                at = end < 0 ? -1 : NextTag(span, next + end + 3);
                continue;
            }
            var closing = span[next] == '/';
            var nameStart = closing ? next + 1 : next;
            var nameEnd = nameStart;
            while (nameEnd < span.Length && (char.IsAsciiLetterOrDigit(span[nameEnd]) || span[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }
            if (nameEnd == nameStart || !char.IsAsciiLetter(span[nameStart]))
            {
                at = NextTag(span, next);
                continue;
            }
            var name = span[nameStart..nameEnd];
            var tagEnd = span[nameEnd..].IndexOf('>');
            if (tagEnd < 0)
            {
                break;
            }
            var after = nameEnd + tagEnd + 1;
            if (closing)
            {
                if (counts.TryGetValue(name, out var count) && count > 0)
                {
                    // Closes the innermost open element of that name and everything opened inside it.
                    while (open.Count > 0)
                    {
                        var popped = open.Pop();
                        openCounts[popped]--;
                        if (IsForeignRoot(popped))
                        {
                            foreign--;
                        }
                        if (name.Equals(popped, StringComparison.OrdinalIgnoreCase))
                        {
                            break;
                        }
                    }
                }
                at = NextTag(span, after);
                continue;
            }
            if (Uncounted.Contains(name))
            {
                at = NextTag(span, after);
                continue;
            }
            var selfClosing = span[nameEnd + tagEnd - 1] == '/';
            if (selfClosing && (foreign > 0 || IsForeignRoot(name)))
            {
                at = NextTag(span, after);
                continue;
            }
            if (RawText.Contains(name))
            {
                // Its text runs to its own end tag; a "<" in a script is not a tag.
                var close = span[after..].IndexOf(string.Concat("</", name), StringComparison.OrdinalIgnoreCase);
                at = close < 0 ? -1 : NextTag(span, after + close + 1);
                continue;
            }
            var key = name.ToString();
            open.Push(key);
            openCounts[key] = openCounts.GetValueOrDefault(key) + 1;
            if (IsForeignRoot(key))
            {
                foreign++;
            }
            deepest = Math.Max(deepest, open.Count);
            at = NextTag(span, after);
        }
        return deepest;
    }

    private static bool IsForeignRoot(ReadOnlySpan<char> name) =>
        name.Equals("svg", StringComparison.OrdinalIgnoreCase) || name.Equals("math", StringComparison.OrdinalIgnoreCase);

    private static int NextTag(ReadOnlySpan<char> span, int from)
    {
        if (from >= span.Length)
        {
            return -1;
        }
        var next = span[from..].IndexOf('<');
        return next < 0 ? -1 : from + next;
    }
}
