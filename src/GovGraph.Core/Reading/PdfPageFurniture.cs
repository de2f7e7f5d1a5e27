using System.Text.RegularExpressions;

namespace GovGraph.Core.Reading;

/// <summary>
/// Drops what is printed on every page rather than written in the document: a line among a page's first or last
/// <see cref="EdgeLines"/> lines whose shape (digits folded together, so "3/144" and "4/144" agree) recurs at the
/// same edge on at least <see cref="MinShare"/> of the pages, bare page numbers ("12", "Page 3 of 40", "- 7 -"),
/// and table-of-contents entries ("Introduction ........ 1").
/// </summary>
internal static partial class PdfPageFurniture
{
    private const int EdgeLines = 2;
    private const double MinShare = 0.4;
    private const int MinPages = 3;

    [GeneratedRegex(@"^[\s\-–—]*((page|p\.)\s*)?(\d{1,4}|[ivxlc]{1,6})(\s*(of|/)\s*\d{1,4})?[\s\-–—]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();

    /// <summary>A table-of-contents entry: a title, a leader of dots, a page number. It repeats headings the body has anyway.</summary>
    [GeneratedRegex(@"[._]{5,}\s*(\d{1,4}|[ivxlc]{1,6})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentsEntry();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    /// <summary>Removes the furniture in place and returns how many lines went.</summary>
    public static int Remove(List<List<PdfLine>> pages)
    {
        var headShapes = CountShapes(pages, page => page.Take(EdgeLines));
        var footShapes = CountShapes(pages, page => page.TakeLast(EdgeLines));
        var threshold = Math.Max(2, (int)Math.Ceiling(pages.Count * MinShare));
        var removed = 0;
        foreach (var page in pages)
        {
            var edge = new HashSet<PdfLine>(page.Take(EdgeLines).Concat(page.TakeLast(EdgeLines)));
            removed += page.RemoveAll(line => ContentsEntry().IsMatch(line.Text) ||
                edge.Contains(line) && (PageNumber().IsMatch(line.Text)
                    || (pages.Count >= MinPages && (Recurs(headShapes, line, threshold) || Recurs(footShapes, line, threshold)))));
        }
        return removed;
    }

    private static Dictionary<string, int> CountShapes(List<List<PdfLine>> pages, Func<List<PdfLine>, IEnumerable<PdfLine>> edge)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var shape in edge(page).Select(Shape).Distinct())
            {
                counts[shape] = counts.GetValueOrDefault(shape) + 1;
            }
        }
        return counts;
    }

    private static bool Recurs(Dictionary<string, int> shapes, PdfLine line, int threshold) => shapes.GetValueOrDefault(Shape(line)) >= threshold;

    private static string Shape(PdfLine line) => Digits().Replace(line.Text.Trim(), "#");
}
