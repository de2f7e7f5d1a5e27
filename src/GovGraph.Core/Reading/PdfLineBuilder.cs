using UglyToad.PdfPig.Content;

namespace GovGraph.Core.Reading;

/// <summary>One line of a PDF page: its words joined, where it sits, and whether a paragraph gap precedes it.</summary>
internal sealed record PdfLine(string Text, double Baseline, double FontSize, bool StartsParagraph);

/// <summary>
/// Groups a page's words into lines: words whose baselines lie within a third of their font size of each other
/// share a line, read left to right. Baselines rather than glyph boxes, because in justified text a word with
/// descenders ("regard") and one without ("the") have different boxes but sit on the same line. A gap between
/// lines larger than <see cref="ParagraphGapFactor"/> times the font size starts a paragraph.
/// </summary>
internal static class PdfLineBuilder
{
    private const double ParagraphGapFactor = 0.9;
    private const double SameLineFactor = 0.35;
    private const double SuperscriptSizeFactor = 0.8;

    public static List<PdfLine> Lines(IEnumerable<Word> words)
    {
        var ordered = words
            .Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.Letters.Count > 0)
            .OrderByDescending(Baseline)
            .ThenBy(w => w.BoundingBox.Left)
            .ToList();
        var groups = new List<List<Word>>();
        foreach (var word in ordered)
        {
            var current = groups.Count > 0 ? groups[^1] : null;
            if (current is not null && Math.Abs(Baseline(current[0]) - Baseline(word)) <= FontSize(current[0]) * SameLineFactor)
            {
                current.Add(word);
            }
            else
            {
                groups.Add([word]);
            }
        }
        MergeSuperscripts(groups);
        var lines = new List<PdfLine>(groups.Count);
        PdfLine? previous = null;
        foreach (var group in groups)
        {
            group.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
            var baseline = group.Average(Baseline);
            var size = group.Max(FontSize);
            var startsParagraph = previous is not null && previous.Baseline - baseline - size > ParagraphGapFactor * Math.Max(size, previous.FontSize);
            var line = new PdfLine(Join(group, size), baseline, size, startsParagraph);
            lines.Add(line);
            previous = line;
        }
        return lines;
    }

    /// <summary>
    /// A footnote mark or "th" set smaller and raised above its line would otherwise become a line of its own
    /// ("1" above "Having regard to ... Committee ( )"); such a group joins the line it is raised from.
    /// </summary>
    private static void MergeSuperscripts(List<List<Word>> groups)
    {
        for (var i = groups.Count - 2; i >= 0; i--)
        {
            var raised = groups[i];
            var below = groups[i + 1];
            var size = below.Max(FontSize);
            var rise = Baseline(raised[0]) - Baseline(below[0]);
            if (raised.All(w => FontSize(w) < size * SuperscriptSizeFactor) && rise > 0 && rise < size * 0.7)
            {
                below.AddRange(raised);
                groups.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// Words joined by spaces, except that a superscript touching its neighbour stays attached ("47th", "(1)"), as it
    /// reads on the page; between words of body size PdfPig's word split is trusted, however tight the kerning.
    /// </summary>
    private static string Join(List<Word> words, double lineSize)
    {
        var builder = new System.Text.StringBuilder();
        Word? previous = null;
        foreach (var word in words)
        {
            if (previous is not null)
            {
                var touching = word.BoundingBox.Left - previous.BoundingBox.Right < lineSize * 0.25;
                var superscriptOnTheLeft = FontSize(word) < lineSize * SuperscriptSizeFactor;
                var closesAfterSuperscript = FontSize(previous) < lineSize * SuperscriptSizeFactor && word.Text[0] is ')' or ']' or ',' or '.' or ';' or ':';
                if (!touching || !(superscriptOnTheLeft || closesAfterSuperscript))
                {
                    builder.Append(' ');
                }
            }
            builder.Append(word.Text);
            previous = word;
        }
        return builder.ToString();
    }

    private static double Baseline(Word word) => word.Letters[0].StartBaseLine.Y;

    /// <summary>The letters' size on the page; PointSize alone ignores the text matrix's scaling, the glyph box height does not.</summary>
    private static double FontSize(Word word) => Math.Max(1, Math.Max(word.Letters[0].PointSize, word.BoundingBox.Height));
}
