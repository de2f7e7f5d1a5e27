using System.Globalization;
using System.Text;

namespace GovGraph.Core.Graph;

/// <summary>
/// A document's short title, for graph views that draw it on the node (Neo4j Browser's caption, through
/// govgraph.grass): a 150-character title would cover the graph. The title up to 40 columns, counting a CJK
/// character as two (it is drawn twice as wide), cut at the last word boundary that fits, else mid-word, with "…".
/// </summary>
public static class DocumentCaption
{
    public const int MaxColumns = 40;

    public static string Of(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var text = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (Columns(text) <= MaxColumns)
        {
            return text;
        }
        // Room for the ellipsis; the cut is on a text element so a surrogate pair or combining mark stays whole.
        var kept = new StringBuilder();
        var columns = 0;
        var lastSpace = -1;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var width = IsWide(element[0]) ? 2 : 1;
            if (columns + width > MaxColumns - 1)
            {
                break;
            }
            if (element == " ")
            {
                lastSpace = kept.Length;
            }
            kept.Append(element);
            columns += width;
        }
        var cut = lastSpace > kept.Length / 2 ? kept.ToString(0, lastSpace) : kept.ToString();
        return cut.TrimEnd(' ', ',', ';', ':', '-', '(', '—', '，', '、') + "…";
    }

    private static int Columns(string text)
    {
        var columns = 0;
        foreach (var c in text)
        {
            columns += IsWide(c) ? 2 : 1;
        }
        return columns;
    }

    /// <summary>CJK ideographs, kana, Hangul and full-width forms: the characters a graph view draws double-width.</summary>
    private static bool IsWide(char c) => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
        or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}
