namespace GovGraph.Core.Extraction;

/// <summary>
/// Binary search over hits sorted by position. The rules look around a position inside a sentence; a
/// sentence can be a whole document (a PDF without full stops), so they must never scan it from the start.
/// </summary>
internal static class Sorted
{
    /// <summary>The index of the first item whose key is at least <paramref name="value"/>; items.Length when none.</summary>
    public static int LowerBound<T>(ReadOnlySpan<T> items, int value, Func<T, int> key)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (key(items[mid]) < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
