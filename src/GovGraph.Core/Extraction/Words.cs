namespace GovGraph.Core.Extraction;

/// <summary>Walking back over the words before a position, as the look-behind rules do.</summary>
internal static class Words
{
    /// <summary>
    /// The word (letters, digits, hyphens) that ends one space before <paramref name="cursor"/>, not reaching
    /// before <paramref name="limit"/>: its [Start, End), or null when no space-separated word is there. With
    /// <paramref name="lineBreaks"/> a line break separates words too (statements hard-wrapped inside sentences).
    /// </summary>
    public static (int Start, int End)? Before(string text, int limit, int cursor, bool lineBreaks = false)
    {
        if (cursor - 1 <= limit || !(text[cursor - 1] == ' ' || (lineBreaks && text[cursor - 1] == '\n')))
        {
            return null;
        }
        var end = cursor - 1;
        var start = end;
        while (start > limit && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '-'))
        {
            start--;
        }
        return start == end ? null : (start, end);
    }
}
